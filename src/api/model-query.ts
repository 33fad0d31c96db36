// Server state: the data model as TanStack Query holds it, one entry per Directus URL and user.
import { queryOptions } from '@tanstack/react-query';
import type { Session } from './session';

export const modelKey = (session: Pick<Session, 'url' | 'user'>) =>
  ['model', session.url, session.user.id] as const;

export const modelQuery = (session: Session) =>
  queryOptions({
    queryKey: modelKey(session),
    queryFn: ({ signal }) => session.gateway.readModel(signal),
  });
