// The data model as the canvas and the side panel see it: server state from TanStack Query,
// run through the pure inference once per change.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { schemaQueries, type SchemaSource } from '../api/schema';
import type { Session } from '../api/session';
import type { DirectusSchema } from '../domain/directus-types';
import { buildModelIndex, type ModelIndex } from '../domain/model-index';

export function schemaSource(session: Session): SchemaSource {
  return { url: session.url, userId: session.user.id, client: session.client };
}

export interface DataModel {
  schema: DirectusSchema | null;
  /** The one index of the model everyone reads (relationships included). */
  index: ModelIndex | null;
  inferred: ModelIndex | null;
  isPending: boolean;
  error: Error | null;
  refetch: () => void;
}

export function useDataModel(session: Session): DataModel {
  const source = schemaSource(session);
  const collections = useQuery(schemaQueries.collections(source));
  const fields = useQuery(schemaQueries.fields(source));
  const relations = useQuery(schemaQueries.relations(source));

  const schema = useMemo<DirectusSchema | null>(
    () =>
      collections.data && fields.data && relations.data
        ? { collections: collections.data, fields: fields.data, relations: relations.data }
        : null,
    [collections.data, fields.data, relations.data],
  );
  const index = useMemo(() => (schema ? buildModelIndex(schema) : null), [schema]);

  const { refetch: refetchCollections } = collections;
  const { refetch: refetchFields } = fields;
  const { refetch: refetchRelations } = relations;
  return {
    schema,
    index,
    inferred: index,
    isPending: collections.isPending || fields.isPending || relations.isPending,
    error: collections.error ?? fields.error ?? relations.error,
    refetch: () => {
      void refetchCollections();
      void refetchFields();
      void refetchRelations();
    },
  };
}
