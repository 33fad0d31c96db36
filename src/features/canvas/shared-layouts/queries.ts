import { queryOptions } from '@tanstack/react-query';
import { listSharedLayouts } from '../../../api/shared-layouts';
import type { Session } from '../../../api/session';

export const sharedLayoutsKey = (session: Pick<Session, 'url' | 'user'>) =>
  ['shared-layouts', session.url, session.user.id] as const;

/** The list (names, versions, savers), re-read every minute so a newer version gets noticed. */
export const sharedLayoutsQuery = (session: Session) =>
  queryOptions({
    queryKey: sharedLayoutsKey(session),
    queryFn: () => listSharedLayouts(session.client),
    refetchInterval: 60_000,
    staleTime: 10_000,
  });
