// The data model as the canvas and the side panel see it: server state from TanStack Query,
// indexed once per change. A failed refetch keeps the last model on screen, marked stale.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { modelQuery } from '../api/model-query';
import type { Session } from '../api/session';
import type { DirectusSchema } from '../domain/directus-types';
import { buildModelIndex, type ModelIndex } from '../domain/model-index';

export interface DataModel {
  schema: DirectusSchema | null;
  /** The one index of the model everyone reads (relationships included). */
  index: ModelIndex | null;
  isPending: boolean;
  /** A read is under way (the first one or a refetch). */
  isFetching: boolean;
  /** Why the last read failed; with `index` set, the model shown is the last one read. */
  error: Error | null;
  /** When the model shown was read. */
  readAt: number;
  refetch: () => void;
}

export function useDataModel(session: Session): DataModel {
  const query = useQuery(modelQuery(session));
  const schema = query.data ?? null;
  const index = useMemo(() => (schema ? buildModelIndex(schema) : null), [schema]);
  const { refetch } = query;
  return {
    schema,
    index,
    isPending: query.isPending,
    isFetching: query.isFetching,
    error: query.error,
    readAt: query.dataUpdatedAt,
    refetch: () => void refetch(),
  };
}
