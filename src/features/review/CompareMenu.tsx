// "Compare with…": a snapshot file, the server behind an opened file, or the last visit.
import { Button, Menu, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef } from 'react';
import { readSnapshotFiles } from '../../api/file/read-files';
import type { Session } from '../../api/session';
import { SNAPSHOT_ACCEPT } from './OpenSnapshot';
import type { LastVisitState } from './useLastVisit';
import type { Review } from './useReview';

interface Props {
  review: Review;
  /** The server session behind an opened file. */
  server: Session | null;
  isFile: boolean;
  lastVisit: LastVisitState;
  disabled: boolean;
}

function Item({
  label,
  description,
  disabled,
  onClick,
}: {
  label: string;
  description: string;
  disabled?: boolean;
  onClick: () => void;
}) {
  return (
    <Menu.Item disabled={disabled} onClick={onClick} aria-description={description}>
      {label}
      <Text size="xs" c="dimmed" maw={280} aria-hidden="true">
        {description}
      </Text>
    </Menu.Item>
  );
}

export function CompareMenu({ review, server, isFile, lastVisit, disabled }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const pick = async (files: FileList | null) => {
    if (!files?.length) return;
    try {
      const { snapshot, name } = await readSnapshotFiles([...files]);
      review.compareWith({ kind: 'file', name, schema: snapshot.schema });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Could not compare with that file',
        message: error instanceof Error ? error.message : String(error),
      });
    } finally {
      if (input.current) input.current.value = '';
    }
  };
  const { visit } = lastVisit;
  return (
    <>
      <input
        ref={input}
        type="file"
        multiple
        accept={SNAPSHOT_ACCEPT}
        hidden
        aria-hidden="true"
        tabIndex={-1}
        onChange={(e) => void pick(e.currentTarget.files)}
      />
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button size="compact-xs" variant="default" disabled={disabled} loading={review.loading}>
            Compare with…
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Item
            label="Snapshot file"
            description={
              isFile
                ? 'What a second snapshot file changes from the one open.'
                : 'What a snapshot file changes from this server.'
            }
            onClick={() => input.current?.click()}
          />
          <Item
            label="Connected server"
            description={
              server
                ? `What ${server.url} has now, compared with this file.`
                : isFile
                  ? 'No server connected: open this file while connected to a server to compare them.'
                  : 'This is the connected server: open a snapshot file over it, or compare with a snapshot file.'
            }
            disabled={!server}
            onClick={() => server && review.compareWith({ kind: 'server', session: server })}
          />
          <Item
            label="Last visit"
            description={
              visit
                ? `What changed on this server since ${new Date(visit.savedAt).toLocaleString()}.`
                : (lastVisit.reason ?? '')
            }
            disabled={!visit}
            onClick={() =>
              visit &&
              review.compareWith({ kind: 'last-visit', savedAt: visit.savedAt, schema: visit.schema })
            }
          />
        </Menu.Dropdown>
      </Menu>
    </>
  );
}
