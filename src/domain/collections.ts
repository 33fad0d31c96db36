import type { DirectusCollection, DirectusField, DirectusRelation, DirectusSchema } from './directus-types';

export const SYSTEM_PREFIX = 'directus_';

export function isSystemCollection(collection: string): boolean {
  return collection.startsWith(SYSTEM_PREFIX);
}

/** A folder (Directus: an "alias" collection) groups collections and has no table. */
export function isFolder(collection: Pick<DirectusCollection, 'schema'>): boolean {
  return collection.schema == null;
}

export interface CollectionRelations {
  /** Relations whose many side (the foreign-key column) lives on the collection. */
  outgoing: DirectusRelation[];
  /** Relations pointing at the collection, including many-to-any items that allow it. */
  incoming: DirectusRelation[];
}

/** A self-referencing relation is both outgoing and incoming. */
export function relationsOfCollection(
  relations: readonly DirectusRelation[],
  collection: string,
): CollectionRelations {
  return {
    outgoing: relations.filter((r) => r.collection === collection),
    incoming: relations.filter(
      (r) =>
        r.related_collection === collection ||
        (r.related_collection == null && (r.meta?.one_allowed_collections ?? []).includes(collection)),
    ),
  };
}

/**
 * Schema snapshots carry no fields for system collections (only custom ones), so their keys
 * are known here. Nearly every system collection is keyed by `id`.
 */
const SYSTEM_PRIMARY_KEYS: Record<string, string> = {
  directus_collections: 'collection',
  directus_migrations: 'version',
  directus_sessions: 'token',
};

/** The primary-key field of a collection, or null when it cannot be told. */
export function primaryKeyField(fields: readonly DirectusField[], collection: string): string | null {
  const declared = fields.find((f) => f.collection === collection && f.schema?.is_primary_key === true);
  if (declared) return declared.field;
  if (isSystemCollection(collection)) return SYSTEM_PRIMARY_KEYS[collection] ?? 'id';
  return null;
}

/** The fields of one collection in the order the Data Studio shows them (meta.sort, then input). */
export function collectionFields(
  schema: Pick<DirectusSchema, 'fields'>,
  collection: string,
): DirectusField[] {
  return schema.fields
    .map((field, index) => ({ field, index }))
    .filter(({ field }) => field.collection === collection)
    .sort((a, b) => sortOf(a.field) - sortOf(b.field) || a.index - b.index)
    .map(({ field }) => field);
}

function sortOf(field: DirectusField): number {
  const sort = field.meta?.sort;
  return typeof sort === 'number' && Number.isFinite(sort) ? sort : Number.MAX_SAFE_INTEGER;
}
