// The data model as the canvas and the side panel see it: server state from TanStack Query,
// indexed once per change. A failed refetch keeps the last model on screen, marked stale.
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { modelQuery } from '../api/model-query';
import type { Session } from '../api/session';
import type { DirectusSchema } from '../domain/directus-types';
import type { ModelIndex } from '../domain/model-index';
import { modelIndexOf } from './model-index-cache';
import { isUnreachable } from './useServerStatus';

export interface DataModel {
  schema: DirectusSchema | null;
  /** The one index of the model everyone reads (relationships included). */
  index: ModelIndex | null;
  isPending: boolean;
  /** A read is under way (the first one or a refetch). */
  isFetching: boolean;
  /** Why the last read failed; with `index` set, the model shown is the last one read. */
  error: Error | null;
  /** The last read failed because Directus did not answer. */
  offline: boolean;
  /** When the model shown was read. */
  readAt: number;
  refetch: () => void;
}

export function useDataModel(session: Session): DataModel {
  const query = useQuery(modelQuery(session));
  const schema = query.data ?? null;
  const index = useMemo(() => (schema ? modelIndexOf(schema) : null), [schema]);
  const { refetch } = query;
  // A read already under way is joined, not restarted.
  const refetchModel = useCallback(() => void refetch({ cancelRefetch: false }), [refetch]);
  // Signed in again: a read that failed with the old session is made again, with the new one
  // (the query reads through the session it was rendered with).
  const { isError } = query;
  const renderedWith = useRef(session);
  useEffect(() => {
    if (renderedWith.current === session) return;
    renderedWith.current = session;
    if (isError) refetchModel();
  }, [session, isError, refetchModel]);
  return {
    schema,
    index,
    isPending: query.isPending,
    isFetching: query.isFetching,
    error: query.error,
    offline: query.isError && isUnreachable(query.error),
    readAt: query.dataUpdatedAt,
    refetch: refetchModel,
  };
}
