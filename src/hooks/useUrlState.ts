// UI state that belongs in the address (selection, focus, toggles), so a link opens the same view.
import { useCallback, useMemo } from 'react';
import { useParam, useSetParams } from './navigation';

export type Selection =
  | { type: 'collection'; collection: string }
  | { type: 'relationship'; id: string }
  | { type: 'relationships'; ids: string[] }
  | null;

/** The relationships a selection holds: none, one or several. */
export function selectedRelationshipIds(selection: Selection): string[] {
  if (selection?.type === 'relationship') return [selection.id];
  return selection?.type === 'relationships' ? selection.ids : [];
}

export function selectionParams(next: Selection) {
  return {
    collection: next?.type === 'collection' ? next.collection : null,
    relationship:
      next?.type === 'relationship' ? next.id : next?.type === 'relationships' ? next.ids.join(',') : null,
  };
}

export function useSelect() {
  const setParams = useSetParams();
  return useCallback((next: Selection) => setParams(selectionParams(next)), [setParams]);
}

export function useSelection() {
  const collection = useParam('collection');
  const relationship = useParam('relationship');
  const selection = useMemo<Selection>(() => {
    const ids = relationship ? relationship.split(',').filter(Boolean) : [];
    if (ids.length > 1) return { type: 'relationships', ids };
    if (ids[0]) return { type: 'relationship', id: ids[0] };
    return collection ? { type: 'collection', collection } : null;
  }, [collection, relationship]);
  return [selection, useSelect()] as const;
}

export function useToggle(name: string) {
  const on = useParam(name) === '1';
  const setParams = useSetParams();
  const set = useCallback(
    (value: boolean) => setParams({ [name]: value ? '1' : null }, 'replace'),
    [name, setParams],
  );
  return [on, set] as const;
}

export const MAX_HOPS = 3;

/** Focus mode: one collection and its neighbours to n hops, addressable as `focus=<c>&hops=<n>`. */
export function useFocus() {
  const collection = useParam('focus');
  const hopsParam = Number(useParam('hops') ?? '1');
  const hops = Number.isInteger(hopsParam) && hopsParam >= 1 && hopsParam <= MAX_HOPS ? hopsParam : 1;
  const setParams = useSetParams();
  const setFocus = useCallback(
    (next: { collection: string; hops: number } | null) =>
      setParams(next ? { focus: next.collection, hops: String(next.hops) } : { focus: null, hops: null }),
    [setParams],
  );
  return [collection ? { collection, hops } : null, setFocus] as const;
}
