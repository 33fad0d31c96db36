import { Alert, Button, Group, Text } from '@mantine/core';
import type { DataModel } from '../hooks/useDataModel';

const time = (at: number) =>
  new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** The model on screen is the last one read, and reading it again failed: say so, and since when. */
export function ModelStatus({ model }: { model: DataModel }) {
  if (!model.index || !model.error || !model.readAt) return null;
  const at = time(model.readAt);
  if (model.offline) {
    return (
      <Alert color="orange" m="xs" p="xs" role="status" aria-label="Data model may be out of date">
        <Group justify="space-between" wrap="nowrap">
          <Text fz="sm">
            Showing the data model as read at {at}; Directus cannot be reached. Edits are paused until it
            answers again (Relata checks every few seconds); nothing you typed is lost.
          </Text>
          <Button size="compact-xs" variant="light" loading={model.isFetching} onClick={model.refetch}>
            Retry now
          </Button>
        </Group>
      </Alert>
    );
  }
  return (
    <Alert color="yellow" m="xs" p="xs" role="status" aria-label="Data model may be out of date">
      <Group justify="space-between" wrap="nowrap">
        <Text fz="sm">
          Showing the data model as read at {at}; reading it again failed: {model.error.message}
        </Text>
        <Button size="compact-xs" variant="light" loading={model.isFetching} onClick={model.refetch}>
          Retry
        </Button>
      </Group>
    </Alert>
  );
}
