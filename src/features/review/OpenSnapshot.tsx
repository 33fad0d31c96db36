// "Open snapshot file", and a file dropped anywhere on the page: no server, no token.
import { Alert, Button, Divider, FileButton, Overlay, Stack, Text, type ButtonProps } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useFileSessions } from './file-sessions';

/** Snapshot files as `directus schema snapshot` writes them, and the API's { data } answer. */
export const SNAPSHOT_ACCEPT = '.json,.yaml,.yml,application/json,application/yaml,text/yaml';

export function OpenSnapshotButton(props: ButtonProps) {
  const files = useFileSessions();
  return (
    <FileButton multiple accept={SNAPSHOT_ACCEPT} onChange={(chosen) => void files.open(chosen)}>
      {(button) => (
        <Button
          {...button}
          {...props}
          loading={files.opening}
          title="A schema snapshot (JSON or YAML) as `directus schema snapshot` writes it, or the three files of a directus-template-cli template: read here, with no server"
        >
          Open snapshot file
        </Button>
      )}
    </FileButton>
  );
}

/** Why the last file did not open, until dismissed or another one opens. */
export function OpenSnapshotError() {
  const { error, dismissError } = useFileSessions();
  if (!error) return null;
  return (
    <Alert color="red" title="Could not open the file" role="alert" withCloseButton onClose={dismissError}>
      {error}
    </Alert>
  );
}

const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/** While `enabled`, a file dropped anywhere on the page is opened as a snapshot. */
export function SnapshotDrop({ enabled }: { enabled: boolean }) {
  const files = useFileSessions();
  const [over, setOver] = useState(false);
  const { open } = files;
  useEffect(() => {
    if (!enabled) return;
    const onDragOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setOver(true);
    };
    const onDragLeave = (event: DragEvent) => {
      // Leaving the window, not moving between elements inside it.
      if (event.relatedTarget === null) setOver(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setOver(false);
      void open([...(event.dataTransfer?.files ?? [])]);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [enabled, open]);
  if (!enabled || !over) return null;
  return (
    <Overlay fixed center blur={2} zIndex={1000} backgroundOpacity={0.35}>
      <Stack align="center" gap={4} bg="var(--mantine-color-body)" p="xl" style={{ borderRadius: 8 }}>
        <Text fw={600}>Drop a schema snapshot to open it</Text>
        <Text size="sm" c="dimmed">
          JSON or YAML, read here with no server
        </Text>
      </Stack>
    </Overlay>
  );
}

/** The connect screen's other way in: a file, with no server and no token. */
export function OpenSnapshotChoice() {
  return (
    <Stack gap="xs">
      <Divider label="or, with no server" labelPosition="center" />
      <OpenSnapshotButton variant="default" />
      <Text size="xs" c="dimmed">
        A schema snapshot (JSON or YAML) as <code>directus schema snapshot</code> writes it, read here and
        shown read-only. You can also drop the file anywhere on this page.
      </Text>
      <OpenSnapshotError />
    </Stack>
  );
}
