// Work that leaving would lose: a changed relation form, a dialog with input. Forms register
// while they hold some; Disconnect and closing the page ask first. UI state, so it lives here
// and not in the query cache (a commit under way is read from the cache's mutations).
import { createContext, useContext, useEffect, useSyncExternalStore } from 'react';

export interface UnsavedEntry {
  /** What holds it, in Directus's words: `relation articles.author`. */
  key: string;
  /** How to say it in a sentence: "the form of relation articles.author". */
  what: string;
}

export interface UnsavedWork {
  register(entry: UnsavedEntry): () => void;
  entries(): readonly UnsavedEntry[];
  subscribe(listener: () => void): () => void;
}

export function createUnsavedWork(): UnsavedWork {
  const registered = new Map<symbol, UnsavedEntry>();
  const listeners = new Set<() => void>();
  let snapshot: readonly UnsavedEntry[] = [];
  const changed = () => {
    snapshot = [...registered.values()];
    for (const listener of listeners) listener();
  };
  return {
    register(entry) {
      const id = Symbol(entry.key);
      registered.set(id, entry);
      changed();
      return () => {
        if (registered.delete(id)) changed();
      };
    },
    entries: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const UnsavedWorkContext = createContext<UnsavedWork>(createUnsavedWork());

export function useUnsavedWorkStore(): UnsavedWork {
  return useContext(UnsavedWorkContext);
}

/** Registers `entry` while it is not null (while the form holds unsaved input). */
export function useUnsavedWork(entry: UnsavedEntry | null) {
  const store = useUnsavedWorkStore();
  const key = entry?.key ?? null;
  const what = entry?.what ?? null;
  useEffect(() => {
    if (key === null || what === null) return;
    return store.register({ key, what });
  }, [store, key, what]);
}

export function useUnsavedEntries(): readonly UnsavedEntry[] {
  const store = useUnsavedWorkStore();
  return useSyncExternalStore(store.subscribe, store.entries);
}
