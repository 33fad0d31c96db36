import { Alert, Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { ConflictNotice } from './ConflictNotice';
import type { useCommitChange } from './useCommitChange';

interface Props {
  commit: ReturnType<typeof useCommitChange>;
  canDelete: boolean;
  /** Why no write can go out now (offline, not an admin), or null. */
  writeBlock: string | null;
  onRun: (overwrite: boolean) => void;
  onClose: () => void;
  /** More actions before Cancel (Copy as). */
  extra?: ReactNode;
}

/** What a delete confirmation ends with: the conflict or the refusal if any, Cancel and Delete. */
export function DeleteFooter({ commit, canDelete, writeBlock, onRun, onClose, extra }: Props) {
  return (
    <>
      {commit.conflict && (
        <ConflictNotice
          conflict={commit.conflict}
          onOverwrite={() => onRun(true)}
          overwriteLabel="Delete anyway"
        />
      )}
      {commit.error && (
        <Alert color="red" title="Not deleted" role="alert" p="xs">
          {commit.error.message}
        </Alert>
      )}
      <Group justify="flex-end">
        {extra}
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button
          color="red"
          disabled={!canDelete || writeBlock !== null}
          loading={commit.pending}
          title={writeBlock ?? undefined}
          onClick={() => onRun(false)}
        >
          Delete
        </Button>
      </Group>
    </>
  );
}
