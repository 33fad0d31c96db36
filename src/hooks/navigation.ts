// Where navigation state lives: the address bar of the standalone app, or the query of the
// module's route inside the Data Studio. Views read single parameters, so a change to one
// (the selection) re-renders only what shows it.
import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';

export type ParamChanges = Record<string, string | null>;

export interface Navigation {
  get(name: string): string | null;
  set(changes: ParamChanges, mode: 'push' | 'replace'): void;
  subscribe(listener: () => void): () => void;
}

const CHANGE = 'relata:urlchange';

export const browserNavigation: Navigation = {
  get: (name) => new URLSearchParams(window.location.search).get(name),
  set(changes, mode) {
    const params = new URLSearchParams(window.location.search);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) params.delete(key);
      else params.set(key, value);
    }
    const query = params.toString();
    const next = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
    if (next === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
    if (mode === 'push') window.history.pushState(null, '', next);
    else window.history.replaceState(null, '', next);
    window.dispatchEvent(new Event(CHANGE));
  },
  subscribe(listener) {
    window.addEventListener('popstate', listener);
    window.addEventListener(CHANGE, listener);
    return () => {
      window.removeEventListener('popstate', listener);
      window.removeEventListener(CHANGE, listener);
    };
  },
};

export const NavigationContext = createContext<Navigation>(browserNavigation);

export function useNavigation(): Navigation {
  return useContext(NavigationContext);
}

/** One parameter's value; re-renders only when that value changes. */
export function useParam(name: string): string | null {
  const navigation = useNavigation();
  return useSyncExternalStore(navigation.subscribe, () => navigation.get(name));
}

export function useSetParams() {
  const navigation = useNavigation();
  return useCallback(
    (changes: ParamChanges, mode: 'push' | 'replace' = 'push') => navigation.set(changes, mode),
    [navigation],
  );
}
