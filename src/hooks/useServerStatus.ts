// Whether Directus can be reached, read from the model query (the last read failed because the
// server did not answer), and what that means for edits. While it cannot be reached the last
// model read stays on screen, edits wait, and /server/ping is asked every few seconds.
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { RelataError } from '../api/errors';
import { modelQuery } from '../api/model-query';
import type { Session } from '../api/session';

export const PING_INTERVAL_MS = 3_000;

export const isUnreachable = (error: unknown) => error instanceof RelataError && error.kind === 'unreachable';

export const OFFLINE_REASON = 'Directus cannot be reached: edits wait until it answers again.';
export const NOT_ADMIN_REASON = 'Needs an admin';

/** True while the last read of the model failed because Directus did not answer. */
export function useOffline(session: Session): boolean {
  // Only reads the cache entry's state: the workspace's own query does the fetching.
  const { isError, error } = useQuery({ ...modelQuery(session), enabled: false });
  return isError && isUnreachable(error);
}

/** Why edits are refused right now (for a disabled button's title), or null. */
export function useWriteBlock(session: Session): string | null {
  const offline = useOffline(session);
  if (!session.isAdmin) return NOT_ADMIN_REASON;
  return offline ? OFFLINE_REASON : null;
}

/** While offline, asks /server/ping every few seconds and reads the model again once it answers. */
export function usePingWhileOffline(url: string, offline: boolean, refetch: () => void) {
  useEffect(() => {
    if (!offline) return;
    let stopped = false;
    const ping = async () => {
      try {
        const response = await fetch(`${url}/server/ping`, { cache: 'no-store' });
        if (!stopped && response.ok) refetch();
      } catch {
        // Still unreachable: ask again at the next tick.
      }
    };
    const timer = setInterval(() => void ping(), PING_INTERVAL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [url, offline, refetch]);
}
