import { Alert, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { describeSave } from './describe';
import type { useSharedLayouts } from './use-shared-layouts';

interface Props {
  shared: ReturnType<typeof useSharedLayouts>;
  onClose: () => void;
}

export function OpenSharedLayoutModal({ shared, onClose }: Props) {
  const { list, open, origin, refreshList } = shared;
  // Always the list as it is now, not as it was a minute ago.
  useEffect(() => void refreshList(), [refreshList]);
  return (
    <Modal opened onClose={onClose} title="Open shared layout" centered>
      <Stack>
        <Text size="sm">Opening one replaces the arrangement on your screen.</Text>
        {list.isPending && <Loader size="sm" aria-label="Loading the shared layouts" />}
        {list.error && (
          <Alert color="red" role="alert" title="Could not read the shared layouts">
            {list.error.message}
          </Alert>
        )}
        {list.data?.length === 0 && <Text size="sm">No layout has been saved to Directus yet.</Text>}
        {list.data && list.data.length > 0 && (
          <Stack gap="xs" role="list" aria-label="Shared layouts">
            {list.data.map((layout) => (
              <Group key={layout.id} role="listitem" justify="space-between" wrap="nowrap">
                <div>
                  <Text size="sm" fw={600}>
                    {layout.name}
                    {origin?.id === layout.id ? ` (on screen: version ${origin.version})` : ''}
                  </Text>
                  <Text size="xs" c="dimmed">
                    Version {layout.version}. {describeSave(layout)}
                  </Text>
                </div>
                <Button
                  size="xs"
                  variant="light"
                  aria-label={`Open ${layout.name}`}
                  loading={open.isPending && open.variables?.id === layout.id}
                  onClick={() => open.mutate(layout, { onSuccess: onClose })}
                >
                  Open
                </Button>
              </Group>
            ))}
          </Stack>
        )}
        {open.error && (
          <Alert color="red" role="alert" title="The layout was not opened">
            {open.error.message}
          </Alert>
        )}
      </Stack>
    </Modal>
  );
}
