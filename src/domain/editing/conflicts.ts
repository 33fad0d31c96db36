// What changed in a relation between two reads: the one a form was opened on and the one the
// server has now (someone else saved in between), so the form can say what it would overwrite.
import type { DirectusRelation, DirectusRelationMeta, DirectusRelationSchema } from '../directus-types';
import { sameValue } from './equality';

export interface RelationDifference {
  /** `related_collection`, `meta`, `meta.one_field`, `schema`, `schema.on_delete`... */
  path: string;
  before: unknown;
  after: unknown;
}

// Only what a user sets. Left out: meta.id and the copies the server fills in
// (many_collection, many_field, one_collection), and `system`.
const META_PROPS = [
  'one_field',
  'sort_field',
  'one_deselect_action',
  'junction_field',
  'one_allowed_collections',
  'one_collection_field',
] as const satisfies readonly (keyof DirectusRelationMeta)[];

const SCHEMA_PROPS = ['on_delete', 'on_update'] as const satisfies readonly (keyof DirectusRelationSchema)[];

function pick<T extends object, K extends keyof T>(
  value: T | null,
  keys: readonly K[],
): Record<string, unknown> | null {
  if (value === null) return null;
  return Object.fromEntries(keys.map((key) => [key, value[key] ?? null]));
}

/**
 * When meta (or schema) appears or disappears there is one entry for the whole object, with
 * its user-set props (or null) on each side; otherwise one entry per changed prop.
 */
function compare(
  path: string,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): RelationDifference[] {
  if (before === null || after === null) {
    return before === after ? [] : [{ path, before, after }];
  }
  return Object.keys(before)
    .filter((key) => !sameValue(before[key], after[key]))
    .map((key) => ({ path: `${path}.${key}`, before: before[key], after: after[key] }));
}

export function relationDifferences(before: DirectusRelation, after: DirectusRelation): RelationDifference[] {
  return [
    ...(sameValue(before.related_collection, after.related_collection)
      ? []
      : [{ path: 'related_collection', before: before.related_collection, after: after.related_collection }]),
    ...compare('meta', pick(before.meta, META_PROPS), pick(after.meta, META_PROPS)),
    ...compare('schema', pick(before.schema, SCHEMA_PROPS), pick(after.schema, SCHEMA_PROPS)),
  ];
}
