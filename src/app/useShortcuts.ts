// The canvas conventions: Ctrl/Cmd+K search (bound by the spotlight), F fit, Escape clear the
// selection, Delete the selected relationship (asks first), + and - zoom. Typing in a field
// never triggers them.
import { useHotkeys } from '@mantine/hooks';
import { useReactFlow } from '@xyflow/react';
import { requestDelete } from '../features/editing/delete-request';
import { useSelect } from '../hooks/useUrlState';

/**
 * A dialog open means Escape and Delete are its business. The key's target is checked too: a
 * modal closes on Escape before this handler runs, and the target (now detached) still says
 * where the key was pressed.
 */
const dialogOpen = (event: KeyboardEvent) =>
  document.querySelector('[role="dialog"]') !== null ||
  (event.target instanceof Element && event.target.closest('[role="dialog"]') !== null);

export function useShortcuts() {
  const flow = useReactFlow();
  const select = useSelect();
  useHotkeys([
    ['f', () => void flow.fitView({ duration: 200 })],
    ['Escape', (event) => !dialogOpen(event) && select(null)],
    ['Delete', (event) => !dialogOpen(event) && requestDelete()],
    ['Backspace', (event) => !dialogOpen(event) && requestDelete()],
    ['shift+equal', () => void flow.zoomIn({ duration: 150 })],
    ['equal', () => void flow.zoomIn({ duration: 150 })],
    ['minus', () => void flow.zoomOut({ duration: 150 })],
  ]);
}
