import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { describeStep } from '../../domain/changes/describe';
import { isDestructive, type Step } from '../../domain/changes/steps';

interface ApplyProps {
  count: number;
  steps: readonly Step[];
  pending: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** Names every step that loses data before the whole set goes to Directus as one commit. */
export function ApplyAllModal({ count, steps, pending, onConfirm, onClose }: ApplyProps) {
  const destructive = steps.filter(isDestructive);
  return (
    <Modal
      opened
      onClose={onClose}
      title={`Apply ${count} change${count === 1 ? '' : 's'} to Directus`}
      size="lg"
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <Stack gap="sm">
        <Text fz="sm">
          {steps.length} step{steps.length === 1 ? '' : 's'} in one commit: Directus applies all of them or
          none (on MySQL and MariaDB, whose schema changes cannot be rolled back, a failure part-way leaves
          the earlier steps applied).
        </Text>
        {destructive.length > 0 ? (
          <Alert color="red" title="Data that cannot be brought back" p="xs">
            <List fz="sm" aria-label="Steps that delete data">
              {destructive.map((step, i) => (
                <List.Item key={i}>{describeStep(step).text}</List.Item>
              ))}
            </List>
          </Alert>
        ) : (
          <Text fz="sm">Nothing in it deletes data.</Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color={destructive.length ? 'red' : undefined} loading={pending} onClick={onConfirm}>
            Apply to Directus
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

export function DiscardModal({
  count,
  onConfirm,
  onClose,
}: {
  count: number;
  onConfirm: () => void;
  onClose: () => void;
}) {
  return (
    <Modal
      opened
      onClose={onClose}
      title={`Discard ${count} pending change${count === 1 ? '' : 's'}?`}
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <Stack gap="sm">
        <Text fz="sm">They were never sent to Directus; discarding them cannot be undone.</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="red" onClick={onConfirm}>
            Discard
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
