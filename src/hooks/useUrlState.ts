// UI state that belongs in the address bar (selection, toggles), so a link opens the same view.
import { useCallback, useSyncExternalStore } from 'react';

const CHANGE = 'relata:urlchange';

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

const getSearch = () => window.location.search;

export function useUrlParams() {
  const search = useSyncExternalStore(subscribe, getSearch);
  const setParams = useCallback(
    (changes: Record<string, string | null>, mode: 'push' | 'replace' = 'push') => {
      const params = new URLSearchParams(window.location.search);
      for (const [key, value] of Object.entries(changes)) {
        if (value === null) params.delete(key);
        else params.set(key, value);
      }
      const query = params.toString();
      const next = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
      if (mode === 'push') window.history.pushState(null, '', next);
      else window.history.replaceState(null, '', next);
      window.dispatchEvent(new Event(CHANGE));
    },
    [],
  );
  return [new URLSearchParams(search), setParams] as const;
}

export type Selection =
  | { type: 'collection'; collection: string }
  | { type: 'relationship'; id: string }
  | { type: 'relationships'; ids: string[] }
  | null;

export function useSelection() {
  const [params, setParams] = useUrlParams();
  const collection = params.get('collection');
  const relationship = params.get('relationship');
  const ids = relationship ? relationship.split(',').filter(Boolean) : [];
  const selection: Selection =
    ids.length > 1
      ? { type: 'relationships', ids }
      : ids[0]
        ? { type: 'relationship', id: ids[0] }
        : collection
          ? { type: 'collection', collection }
          : null;
  const select = useCallback(
    (next: Selection) =>
      setParams({
        collection: next?.type === 'collection' ? next.collection : null,
        relationship:
          next?.type === 'relationship'
            ? next.id
            : next?.type === 'relationships'
              ? next.ids.join(',')
              : null,
      }),
    [setParams],
  );
  return [selection, select] as const;
}

export function useToggle(name: string) {
  const [params, setParams] = useUrlParams();
  const on = params.get(name) === '1';
  const set = useCallback(
    (value: boolean) => setParams({ [name]: value ? '1' : null }, 'replace'),
    [name, setParams],
  );
  return [on, set] as const;
}
