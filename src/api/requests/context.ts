// What a request builder needs to know about the model: primary keys (the id-addressed API and
// GraphQL's schema input name them) and the relation a new one would replace.
import type { DirectusRelation, DirectusSchema } from '../../domain/directus-types';
import { systemPrimaryKey } from '../../domain/primary-keys';
import { isSystemCollection } from '../../domain/collections';

/** Which relations API the server has: by (collection, field), or the 9.0 RCs' rows by id. */
export type Generation = 'current' | 'legacy';

export interface CallContext {
  generation: Generation;
  /** The model as the calls before this one leave it. */
  schema: DirectusSchema;
}

export function primaryKeyOf(schema: DirectusSchema, collection: string): string | null {
  const key = schema.fields.find((f) => f.collection === collection && f.schema?.is_primary_key === true);
  if (key) return key.field;
  return isSystemCollection(collection) ? systemPrimaryKey(collection).field : null;
}

export function relationAt(
  schema: DirectusSchema,
  collection: string,
  field: string,
): DirectusRelation | undefined {
  return schema.relations.find((r) => r.collection === collection && r.field === field);
}

/** Names in a REST path. */
export const segment = (name: string) => encodeURIComponent(name);
