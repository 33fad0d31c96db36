// Server state: the data model as TanStack Query holds it. Keys are typed once here.
import { readCollections, readFields, readRelations } from '@directus/sdk';
import { queryOptions } from '@tanstack/react-query';
import type { RelataClient } from './client';
import { toRelataError } from './errors';
import { parseCollections, parseFields, parseRelations } from './parse';

export interface SchemaSource {
  url: string;
  userId: string;
  client: RelataClient;
}

export const schemaKeys = {
  all: (source: SchemaSource) => ['directus', source.url, source.userId] as const,
  collections: (source: SchemaSource) => [...schemaKeys.all(source), 'collections'] as const,
  fields: (source: SchemaSource) => [...schemaKeys.all(source), 'fields'] as const,
  relations: (source: SchemaSource) => [...schemaKeys.all(source), 'relations'] as const,
};

async function request<T>(run: () => Promise<unknown>, parse: (value: unknown) => T): Promise<T> {
  let value: unknown;
  try {
    value = await run();
  } catch (error) {
    throw toRelataError(error);
  }
  return parse(value);
}

export const schemaQueries = {
  collections: (source: SchemaSource) =>
    queryOptions({
      queryKey: schemaKeys.collections(source),
      queryFn: () => request(() => source.client.request(readCollections()), parseCollections),
    }),
  fields: (source: SchemaSource) =>
    queryOptions({
      queryKey: schemaKeys.fields(source),
      queryFn: () => request(() => source.client.request(readFields()), parseFields),
    }),
  relations: (source: SchemaSource) =>
    queryOptions({
      queryKey: schemaKeys.relations(source),
      queryFn: () => request(() => source.client.request(readRelations()), parseRelations),
    }),
};
