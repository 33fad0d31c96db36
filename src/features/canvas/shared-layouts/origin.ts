// Which shared layout, in which version, the arrangement on screen started from: kept per
// Directus URL and user in localStorage, beside the layout itself, so a later save can tell
// whether someone saved a newer version meanwhile.
import { useCallback, useState } from 'react';
import { publicDirectusUrl } from '../layout/layout-file';

export interface SharedOrigin {
  id: number;
  name: string;
  version: number;
}

export function sharedOriginKey(url: string, userId: string): string {
  return `relata.shared-layout.v1:${publicDirectusUrl(url)}#${userId}`;
}

function read(key: string): SharedOrigin | null {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key) ?? 'null');
    if (typeof value !== 'object' || value === null) return null;
    const { id, name, version } = value as Record<string, unknown>;
    return typeof id === 'number' && typeof name === 'string' && typeof version === 'number'
      ? { id, name, version }
      : null;
  } catch {
    return null;
  }
}

export function useSharedOrigin(key: string) {
  const [state, setState] = useState(() => ({ key, origin: read(key) }));
  if (state.key !== key) setState({ key, origin: read(key) });
  const setOrigin = useCallback(
    (origin: SharedOrigin | null) => {
      setState({ key, origin });
      try {
        if (origin) localStorage.setItem(key, JSON.stringify(origin));
        else localStorage.removeItem(key);
      } catch {
        // Storage refused (full, disabled): the origin lasts as long as the page.
      }
    },
    [key],
  );
  return [state.origin, setOrigin] as const;
}
