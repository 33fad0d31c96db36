// Which properties of a collection or field differ between two snapshots, leaving out what
// Directus changes by itself: ids, the copies of the names it keeps inside meta and schema,
// the `sort` it rewrites for every sibling when one item is moved in the Data Studio, what
// only one database vendor reports, and properties a newer Directus version adds.
import type { DirectusCollection, DirectusField } from '../directus-types';
import { sameValue } from '../editing/equality';

export interface PropertyDifference {
  /** `type`, `meta`, `meta.hidden`, `schema.is_nullable`... */
  path: string;
  before: unknown;
  after: unknown;
}

const IGNORED_META = new Set(['id', 'sort', 'collection', 'field', 'system']);
const IGNORED_FIELD_SCHEMA = new Set(['name', 'table', 'schema', 'comment', 'foreign_key_schema']);

type Json = Record<string, unknown>;

/** One entry when the object appears or disappears, otherwise one per differing property. */
function compareObjects(
  path: string,
  before: Json | null | undefined,
  after: Json | null | undefined,
  ignored: ReadonlySet<string>,
): PropertyDifference[] {
  const left = before ?? null;
  const right = after ?? null;
  if (left === null || right === null) return left === right ? [] : [{ path, before: left, after: right }];
  // A key only one side has is a difference of Directus versions, not a change: upgrades add
  // meta columns (12.0 added fields' meta.searchable, collections' meta.status) to every item.
  const keys = Object.keys(left).filter((key) => key in right && !ignored.has(key));
  return keys
    .sort()
    .filter((key) => !sameValue(left[key], right[key]))
    .map((key) => ({ path: `${path}.${key}`, before: left[key] ?? null, after: right[key] ?? null }));
}

export function fieldDifferences(before: DirectusField, after: DirectusField): PropertyDifference[] {
  return [
    ...(before.type === after.type ? [] : [{ path: 'type', before: before.type, after: after.type }]),
    ...compareObjects('meta', before.meta, after.meta, IGNORED_META),
    ...compareObjects('schema', before.schema, after.schema, IGNORED_FIELD_SCHEMA),
  ];
}

/** A collection's schema only says whether it has a table (a folder has none). */
export function collectionDifferences(
  before: DirectusCollection,
  after: DirectusCollection,
): PropertyDifference[] {
  const table = (c: DirectusCollection) => (c.schema ? 'table' : 'folder');
  return [
    ...(table(before) === table(after)
      ? []
      : [{ path: 'schema', before: table(before), after: table(after) }]),
    ...compareObjects('meta', before.meta, after.meta, IGNORED_META),
  ];
}
