// Clicks on relations: a plain click selects one (React Flow reports it through onEdgesChange;
// an overview line through onPickLine), Ctrl, Cmd or Shift adds it to the selection or takes it
// out again.
import { useCallback, useRef, type MouseEvent } from 'react';
import type { Selection } from '../../hooks/useUrlState';
import type { RelationshipFlowEdge } from './to-flow';

export function useRelationClicks(selectedIds: ReadonlySet<string>, select: (next: Selection) => void) {
  // The selection as it was before the current click: React Flow has already replaced it with
  // the clicked edge by the time onEdgeClick runs.
  const selectedBefore = useRef<string[]>([]);
  const rememberSelection = useCallback(() => {
    selectedBefore.current = [...selectedIds];
  }, [selectedIds]);
  const toggleSelected = useCallback(
    (id: string, before: readonly string[]) => {
      const ids = before.includes(id) ? before.filter((other) => other !== id) : [...before, id];
      select(
        ids.length > 1
          ? { type: 'relationships', ids }
          : ids[0]
            ? { type: 'relationship', id: ids[0] }
            : null,
      );
    },
    [select],
  );
  const onEdgeClick = useCallback(
    (event: MouseEvent, edge: RelationshipFlowEdge) => {
      const id = edge.data?.relationshipId;
      if (!id || !(event.ctrlKey || event.metaKey || event.shiftKey)) return;
      toggleSelected(id, selectedBefore.current);
    },
    [toggleSelected],
  );
  const onPickLine = useCallback(
    (id: string, event: MouseEvent) => {
      if (event.ctrlKey || event.metaKey || event.shiftKey) toggleSelected(id, [...selectedIds]);
      else select({ type: 'relationship', id });
    },
    [toggleSelected, select, selectedIds],
  );
  return { onEdgeClick, onPickLine, rememberSelection };
}
