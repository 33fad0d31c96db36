// The layout under way (its progress and how to cancel it), in a tiny store of its own: the
// worker reports progress after every connected component, and only the panel that shows it
// should re-render then, not the diagram.
import { useSyncExternalStore } from 'react';
import type { LayoutProgress } from './layout/types';

export interface LayoutRun {
  progress: LayoutProgress | null;
  cancel: () => void;
}

export interface LayoutRunStore {
  get(): LayoutRun | null;
  set(next: LayoutRun | null | ((current: LayoutRun | null) => LayoutRun | null)): void;
  subscribe(listener: () => void): () => void;
}

export function createLayoutRunStore(): LayoutRunStore {
  let run: LayoutRun | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => run,
    set(next) {
      const value = typeof next === 'function' ? next(run) : next;
      if (value === run) return;
      run = value;
      listeners.forEach((listener) => listener());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useLayoutRun(store: LayoutRunStore): LayoutRun | null {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
