import type { DirectusRelation } from './directus-types';

// Readers for `relation.meta` that tolerate what real files contain: meta missing or null,
// empty strings where null is meant, and (Directus 9 database rows) comma-separated lists.

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** The alias field on the one side (O2M/M2M/M2A/translations/files), if any. */
export function oneField(relation: DirectusRelation): string | null {
  return text(relation.meta?.one_field);
}

/** The junction's other foreign key, set on each of the two relations of a junction. */
export function junctionField(relation: DirectusRelation): string | null {
  return text(relation.meta?.junction_field);
}

export function allowedCollections(relation: DirectusRelation): string[] {
  const allowed: unknown = relation.meta?.one_allowed_collections;
  const list = Array.isArray(allowed) ? allowed : typeof allowed === 'string' ? allowed.split(',') : [];
  const names = list.filter((c): c is string => typeof c === 'string').map((c) => c.trim());
  return [...new Set(names.filter((c) => c !== ''))];
}

/**
 * The item side of a many-to-any junction. Directus (getRelationType) needs both
 * `one_collection_field` and `one_allowed_collections`; like the counting rules of the real
 * schema set, either one is enough here, and `isHalfConfiguredManyToAny` reports the rest.
 */
export function isManyToAnyItem(relation: DirectusRelation): boolean {
  return (
    relation.related_collection == null &&
    (relation.meta?.one_allowed_collections != null || text(relation.meta?.one_collection_field) != null)
  );
}

export function isHalfConfiguredManyToAny(relation: DirectusRelation): boolean {
  return (
    isManyToAnyItem(relation) &&
    (relation.meta?.one_allowed_collections == null || text(relation.meta?.one_collection_field) == null)
  );
}
