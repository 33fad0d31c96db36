// Navigation inside the Data Studio: the query of the module's route, read and written through the
// Studio's Vue router. Only the module's own path counts: once the Studio navigates elsewhere the
// app keeps the last values it saw (it is about to unmount) and writes nothing.
import type { Navigation, ParamChanges } from '../hooks/navigation';

type QueryValue = string | null | (string | null)[] | undefined;

interface RouteLike {
  path: string;
  query: Record<string, QueryValue>;
  hash: string;
}

/** What the app needs of vue-router's Router (kept structural so tests need no Vue). */
export interface RouterLike {
  currentRoute: { value: RouteLike };
  push(to: { path: string; query: Record<string, string>; hash: string }): Promise<unknown>;
  replace(to: { path: string; query: Record<string, string>; hash: string }): Promise<unknown>;
  afterEach(hook: (to: RouteLike) => void): () => void;
}

function plainQuery(query: Record<string, QueryValue>): Record<string, string> {
  const plain: Record<string, string> = {};
  for (const [key, value] of Object.entries(query)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === 'string') plain[key] = first;
  }
  return plain;
}

function sameQuery(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

export function createRouteNavigation(router: RouterLike, path: string): Navigation {
  let query = plainQuery(router.currentRoute.value.query);
  const listeners = new Set<() => void>();
  let stopWatching: (() => void) | null = null;
  const notify = () => listeners.forEach((listener) => listener());

  const onRoute = (to: RouteLike) => {
    if (to.path !== path) return;
    const next = plainQuery(to.query);
    if (sameQuery(next, query)) return;
    query = next;
    notify();
  };

  return {
    get: (name) => query[name] ?? null,
    set(changes: ParamChanges, mode) {
      const route = router.currentRoute.value;
      if (route.path !== path) return;
      const next = { ...query };
      for (const [key, value] of Object.entries(changes)) {
        if (value === null) delete next[key];
        else next[key] = value;
      }
      if (sameQuery(next, query)) return;
      // Seen at once, as in the address bar; the router catches up a moment later.
      query = next;
      notify();
      router[mode]({ path, query: next, hash: route.hash }).catch(() => undefined);
    },
    subscribe(listener) {
      listeners.add(listener);
      // One router hook while anyone listens, none after: nothing is left behind on unmount.
      stopWatching ??= router.afterEach(onRoute);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          stopWatching?.();
          stopWatching = null;
        }
      };
    },
  };
}
