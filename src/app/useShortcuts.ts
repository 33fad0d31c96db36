// The canvas conventions: Ctrl/Cmd+K search (bound by the spotlight, or here inside the Data
// Studio), F fit, Escape clear the selection, Delete the selected relationship (asks first), + and
// - zoom. Typing in a field never triggers them; they listen where the shortcut scope says.
import type { HotkeyItem } from '@mantine/hooks';
import { useReactFlow } from '@xyflow/react';
import { requestDelete } from '../features/editing/delete-request';
import { searchSpotlight } from '../features/search/SearchSpotlight';
import { dialogOpen, useScopedHotkeys, useShortcutScope } from '../hooks/shortcut-scope';
import { useSelect } from '../hooks/useUrlState';

const openSearch: HotkeyItem = ['mod+K', () => searchSpotlight.open()];

export function useShortcuts() {
  const flow = useReactFlow();
  const select = useSelect();
  const scope = useShortcutScope();
  useScopedHotkeys([
    ['f', () => void flow.fitView({ duration: 200 })],
    ['Escape', (event) => !dialogOpen(scope, event) && select(null)],
    ['Delete', (event) => !dialogOpen(scope, event) && requestDelete()],
    ['Backspace', (event) => !dialogOpen(scope, event) && requestDelete()],
    ['shift+equal', () => void flow.zoomIn({ duration: 150 })],
    ['equal', () => void flow.zoomIn({ duration: 150 })],
    ['minus', () => void flow.zoomOut({ duration: 150 })],
    // Standalone, the spotlight binds Ctrl/Cmd+K on the document itself.
    ...(scope ? [openSearch] : []),
  ]);
}
