// The workspace's review pieces: what the header says about the session, the Review toolbar,
// the buttons to open and close a file, and the notice that a file is read-only.
import { Alert, Badge, Button, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { dialectLabel } from '../../api/gateway';
import type { Session } from '../../api/session';
import type { DataModel } from '../../hooks/useDataModel';
import { CompareMenu } from './CompareMenu';
import { ExportMenu } from './export/ExportMenu';
import { OpenSnapshotButton } from './OpenSnapshot';
import classes from './review.module.css';
import type { WorkspaceReview } from './useWorkspaceReview';

/** The server's URL and dialect, or the file's name and the Directus version that wrote it. */
export function SessionTitle({ session, review }: { session: Session; review: WorkspaceReview }) {
  const { file } = review;
  return (
    <>
      <Text size="sm" c="dimmed" truncate>
        {file ? file.name : session.url}
      </Text>
      {file ? (
        <Badge variant="light" color="gray" title="The Directus version that wrote the file">
          {file.directus ? `Directus ${file.directus}` : 'Directus version not recorded'}
          {file.vendor ? ` (${file.vendor})` : ''}
        </Badge>
      ) : (
        <Badge variant="light" color="gray" title="How Relata talks to this Directus">
          {dialectLabel(session.gateway)}
        </Badge>
      )}
    </>
  );
}

/** Open a file; a file session closes back to the server behind it, a server session disconnects. */
export function SessionButtons({ review, disconnect }: { review: WorkspaceReview; disconnect: ReactNode }) {
  const { file, files } = review;
  return (
    <>
      <OpenSnapshotButton size="xs" variant="default" />
      {file ? (
        <Button
          variant="subtle"
          size="xs"
          onClick={files.close}
          title={files.server ? `Back to ${files.server.url}` : 'Back to the connect screen'}
        >
          Close file
        </Button>
      ) : (
        disconnect
      )}
    </>
  );
}

/** At the right end of the header's second row, beside the View toolbar. */
export function ReviewToolbar({
  session,
  model,
  review,
}: {
  session: Session;
  model: DataModel;
  review: WorkspaceReview;
}) {
  const { health } = review;
  return (
    <Group gap="xs" wrap="nowrap" role="toolbar" aria-label="Review" className={classes.toolbar}>
      <Button
        size="compact-xs"
        variant={health.open ? 'light' : 'default'}
        aria-pressed={health.open}
        onClick={() => health.setOpen(!health.open)}
        disabled={!model.index}
      >
        Health{model.index ? ` (${health.findings.length})` : ''}
      </Button>
      <CompareMenu
        review={review.review}
        server={review.files.server}
        isFile={review.file !== null}
        lastVisit={review.lastVisit}
        disabled={!model.index}
      />
      <ExportMenu
        session={session}
        schema={model.schema}
        index={model.index}
        comparing={review.review.comparing}
        drawing={review.drawing}
      />
    </Group>
  );
}

/** A file session's read-only notice; null for a server session. */
export function FileNotice({ review }: { review: WorkspaceReview }) {
  const { file } = review;
  if (!file) return null;
  return (
    <Alert color="yellow" title="Read-only: opened from a file" m="xs" role="status">
      {file.name} is read here, with no server. Nothing can be changed: connect to the Directus server as an
      admin for that.
    </Alert>
  );
}
