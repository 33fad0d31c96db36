import { queryOptions } from '@tanstack/react-query';
import { listSharedLayouts } from '../../../api/shared-layouts';
import type { Session } from '../../../api/session';

export const sharedLayoutsKey = (session: Pick<Session, 'url' | 'user'>) =>
  ['shared-layouts', session.url, session.user.id] as const;

/**
 * The list (names, versions, savers). Not read on load: only while someone looks at it (Open
 * shared layout) or while a shared layout is on screen, re-read then every minute so that a
 * newer version of it gets noticed.
 */
export const sharedLayoutsQuery = (
  session: Session,
  { listing, onScreen }: { listing: boolean; onScreen: boolean },
) =>
  queryOptions({
    queryKey: sharedLayoutsKey(session),
    queryFn: () => listSharedLayouts(session.client),
    enabled: listing || onScreen,
    refetchInterval: 60_000,
    staleTime: 10_000,
  });
