// The last visit of this Directus URL and user: read once when the session starts (that is what
// "Compare with… Last visit" shows), then replaced by every model read from the server.
import { useEffect, useMemo, useState } from 'react';
import { snapshotFileOf } from '../../api/file/file-session';
import type { Session } from '../../api/session';
import type { DirectusSchema } from '../../domain/directus-types';
import { createLastVisitStore, lastVisitKey, type LastVisit } from './last-visit';

export interface LastVisitState {
  /** Null while it is read, and when this browser has none (or the session is a file). */
  visit: LastVisit | null;
  /** Why there is none, for a disabled menu item. */
  reason: string | null;
}

export function useLastVisit(session: Session, schema: DirectusSchema | null): LastVisitState {
  const key = snapshotFileOf(session) ? null : lastVisitKey(session.url, session.user.id);
  const store = useMemo(() => createLastVisitStore(), []);
  const [read, setRead] = useState<{ key: string; visit: LastVisit | null } | null>(null);
  const loaded = read !== null && read.key === key;

  useEffect(() => {
    if (!key) return;
    let live = true;
    void store.read(key).then((visit) => {
      if (live) setRead({ key, visit });
    });
    return () => {
      live = false;
    };
  }, [key, store]);

  // Written only once the earlier visit is read, so it is never read back as "last time". The
  // encoding yields to the page between slices (see encodeLastVisit).
  useEffect(() => {
    if (key && loaded && schema) void store.write(key, schema);
  }, [key, loaded, schema, store]);

  if (!key)
    return {
      visit: null,
      reason:
        'Last visit compares a Directus server with what this browser saw of it before: connect to one.',
    };
  if (!loaded) return { visit: null, reason: 'Reading the last visit…' };
  return read.visit
    ? { visit: read.visit, reason: null }
    : { visit: null, reason: 'This browser has not seen this server and user before.' };
}
