import { useEffect, useState, useSyncExternalStore } from 'react';
import { createLayoutStore, type LayoutDocument, type LayoutStore } from './layout-store';

/** The current layout document; re-renders only when the store hands out a new one. */
export function useLayoutDocument(store: LayoutStore): LayoutDocument {
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}

/**
 * One store per storage key (see layoutStorageKey): a new key, e.g. after connecting to another
 * Directus, gets its own store, and the old one writes what is pending before it is dropped.
 */
export function useLayoutStore(key: string): LayoutStore {
  const [current, setCurrent] = useState(() => ({ key, store: createLayoutStore(key) }));
  if (current.key !== key) setCurrent({ key, store: createLayoutStore(key) });
  const { store } = current;
  useEffect(() => {
    const save = () => store.flush();
    window.addEventListener('pagehide', save);
    return () => {
      window.removeEventListener('pagehide', save);
      save();
    };
  }, [store]);
  return store;
}
