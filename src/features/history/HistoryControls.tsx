import { Button, Group, List, Modal, Popover, Stack, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import type { Session } from '../../api/session';
import { StepList } from '../editing/StepList';
import { canRedo, canUndo, toRedo, toUndo, type History } from './history';
import { useUndoRedo, type Asking } from './use-history';

/** A modal open means the keyboard is its business (the History popover is not one). */
const dialogOpen = () => document.querySelector('[role="dialog"][aria-modal="true"]') !== null;

/** Undo, Redo (Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z, never while typing) and the list of what was applied. */
export function HistoryControls({ session }: { session: Session }) {
  const { history, undo, redo, busy, asking, confirm, cancel } = useUndoRedo(session);
  useHotkeys([
    ['mod+z', () => !dialogOpen() && undo()],
    ['mod+shift+z', () => !dialogOpen() && redo()],
  ]);
  const next = toUndo(history);
  const again = toRedo(history);
  return (
    <Group gap={4} wrap="nowrap">
      <Button
        size="xs"
        variant="default"
        disabled={!canUndo(history) || busy}
        onClick={undo}
        title={next ? `Undo: ${next.label} (Ctrl+Z)` : 'Nothing to undo'}
      >
        Undo
      </Button>
      <Button
        size="xs"
        variant="default"
        disabled={!canRedo(history) || busy}
        onClick={redo}
        title={again ? `Redo: ${again.label} (Ctrl+Shift+Z)` : 'Nothing to redo'}
      >
        Redo
      </Button>
      <Popover position="bottom-end" width={420} shadow="md">
        <Popover.Target>
          <Button size="xs" variant="subtle">
            History
          </Button>
        </Popover.Target>
        <Popover.Dropdown>
          <HistoryList history={history} />
        </Popover.Dropdown>
      </Popover>
      {asking && <AskFirst asking={asking} onConfirm={confirm} onCancel={cancel} />}
    </Group>
  );
}

function HistoryList({ history }: { history: History }) {
  if (!history.entries.length) return <Text fz="sm">Nothing applied from Relata in this session yet.</Text>;
  return (
    <List aria-label="History" fz="sm" spacing={2} listStyleType="decimal">
      {history.entries.map((entry, i) => {
        const current = i === history.position - 1;
        const undone = i >= history.position;
        return (
          <List.Item
            key={entry.id}
            aria-current={current ? 'step' : undefined}
            c={undone ? 'dimmed' : undefined}
            fw={current ? 600 : undefined}
          >
            {entry.label}
            {current ? ' (current)' : undone ? ' (undone)' : ''}
          </List.Item>
        );
      })}
    </List>
  );
}

function AskFirst({
  asking,
  onConfirm,
  onCancel,
}: {
  asking: Asking;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const undoing = asking.direction === 'undo';
  const lost = asking.losses.length > 0;
  return (
    <Modal
      opened
      onClose={onCancel}
      title={`${undoing ? 'Undo' : 'Redo'}: ${asking.entry.label}`}
      size="lg"
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <Stack gap="sm">
        {lost && (
          <>
            <Text fz="sm" fw={600}>
              What cannot come back
            </Text>
            <List fz="sm" aria-label="What cannot come back">
              {asking.losses.map((loss) => (
                <List.Item key={loss}>{loss}</List.Item>
              ))}
            </List>
            <Text fz="sm">
              Undo can restore the structure only: the columns and collections come back empty.
            </Text>
          </>
        )}
        {asking.deletes.length > 0 && (
          <>
            <Text fz="sm" fw={600}>
              {undoing
                ? 'Undo deletes, with whatever was put in it since'
                : 'Redo deletes again, with its data'}
            </Text>
            <List fz="sm" aria-label="Data it deletes">
              {asking.deletes.map((text) => (
                <List.Item key={text}>{text}</List.Item>
              ))}
            </List>
          </>
        )}
        <StepList steps={asking.steps} label={undoing ? 'What undo does' : 'What redo does'} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button color={lost ? 'orange' : 'red'} onClick={onConfirm}>
            {lost
              ? 'Restore the structure without the data'
              : `${undoing ? 'Undo' : 'Redo'} and delete the data`}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
