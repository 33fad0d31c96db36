// The canvas conventions: Ctrl/Cmd+K search (bound by the spotlight), F fit, Escape clear the
// selection, Delete the selected relationship (asks first), + and - zoom. Typing in a field
// never triggers them.
import { useHotkeys } from '@mantine/hooks';
import { useReactFlow } from '@xyflow/react';
import { requestDelete } from '../features/editing/delete-request';
import { useSelect } from '../hooks/useUrlState';

/** A dialog open means Escape and Delete are its business. */
const dialogOpen = () => document.querySelector('[role="dialog"]') !== null;

export function useShortcuts() {
  const flow = useReactFlow();
  const select = useSelect();
  useHotkeys([
    ['f', () => void flow.fitView({ duration: 200 })],
    ['Escape', () => !dialogOpen() && select(null)],
    ['Delete', () => !dialogOpen() && requestDelete()],
    ['Backspace', () => !dialogOpen() && requestDelete()],
    ['shift+equal', () => void flow.zoomIn({ duration: 150 })],
    ['equal', () => void flow.zoomIn({ duration: 150 })],
    ['minus', () => void flow.zoomOut({ duration: 150 })],
  ]);
}
