// Two states of a data model (two snapshots, or a snapshot and the live model) → what was
// added, removed and changed, grouped by collection, each entry with its before and after.
//
// Left out as noise, because Directus changes it by itself or it is not part of the model:
// - meta.id of fields and relations (snapshots drop it; API reads carry it);
// - meta.sort of collections and fields: moving one item in the Data Studio rewrites the sort
//   of all its siblings, so one drag would list every field of the collection;
// - the name copies Directus keeps (meta.collection, meta.field, schema.name, schema.table,
//   relation meta many_collection/many_field/one_collection) and vendor-only schema details
//   (schema.comment, schema.schema, foreign_key_schema, constraint_name: null on SQLite);
// - a meta or schema property only one side has: a Directus upgrade adds columns to every item;
// - Directus's own collections and fields (meta.system): snapshots never contain them.
import type { DirectusCollection, DirectusField, DirectusSchema } from '../directus-types';
import type { Relationship } from '../model';
import { buildModelIndex } from '../model-index';
import { collectionDifferences, fieldDifferences } from './compare-properties';
import type { PropertyDifference } from './compare-properties';
import { relationshipChanges, relationshipCollection } from './compare-relationships';
import type { RelationshipChange } from './compare-relationships';
import { CHANGE_KINDS } from './compare-types';
import type { ChangeKind, Tally } from './compare-types';

export type { ChangeKind, PropertyDifference, RelationshipChange, Tally };
export type { RelationshipDifference } from './compare-relationships';
export { changedNeighbourhood } from './neighbourhood';

export interface CollectionChange {
  kind: ChangeKind;
  collection: string;
  before: DirectusCollection | null;
  after: DirectusCollection | null;
  differences: PropertyDifference[];
}

export interface FieldChange {
  kind: ChangeKind;
  collection: string;
  field: string;
  before: DirectusField | null;
  after: DirectusField | null;
  differences: PropertyDifference[];
}

/** Everything that changed in or from one collection. */
export interface CollectionComparison {
  collection: string;
  /** The collection itself: added, removed or its meta changed; null when only its content did. */
  change: CollectionChange | null;
  fields: FieldChange[];
  /** Relationships owned by the collection (the foreign-key side; the parent for junction kinds). */
  relationships: RelationshipChange[];
}

export interface Comparison {
  /** In collection name order; only collections with a change. Within one, items keep model order. */
  collections: CollectionComparison[];
  counts: { collections: Tally; fields: Tally; relationships: Tally };
}

const userItem = (item: { meta?: { system?: boolean | null } | null }) => item.meta?.system !== true;

/** Added, removed and changed items of two lists matched by key (the first of duplicates wins). */
function matchBy<T, C>(
  base: readonly T[],
  head: readonly T[],
  key: (item: T) => string,
  change: (kind: ChangeKind, before: T | null, after: T | null) => C | null,
): C[] {
  const index = (items: readonly T[]) => {
    const map = new Map<string, T>();
    for (const item of items) if (!map.has(key(item))) map.set(key(item), item);
    return map;
  };
  const before = index(base);
  const after = index(head);
  const changes: (C | null)[] = [];
  for (const [k, item] of before)
    changes.push(
      after.has(k) ? change('changed', item, after.get(k) ?? null) : change('removed', item, null),
    );
  for (const [k, item] of after) if (!before.has(k)) changes.push(change('added', null, item));
  return changes.filter((c): c is C => c !== null);
}

function collectionChanges(base: DirectusSchema, head: DirectusSchema): CollectionChange[] {
  return matchBy(
    base.collections.filter(userItem),
    head.collections.filter(userItem),
    (c) => c.collection,
    (kind, before, after) => {
      const differences = before && after ? collectionDifferences(before, after) : [];
      if (kind === 'changed' && differences.length === 0) return null;
      const collection = (after ?? before)?.collection ?? '';
      return { kind, collection, before, after, differences };
    },
  );
}

function fieldChanges(base: DirectusSchema, head: DirectusSchema): FieldChange[] {
  return matchBy(
    base.fields.filter(userItem),
    head.fields.filter(userItem),
    (f) => `${f.collection}.${f.field}`,
    (kind, before, after) => {
      const differences = before && after ? fieldDifferences(before, after) : [];
      if (kind === 'changed' && differences.length === 0) return null;
      const { collection, field } = (after ?? before) as DirectusField;
      return { kind, collection, field, before, after, differences };
    },
  );
}

function userRelationships(schema: DirectusSchema): Relationship[] {
  return buildModelIndex(schema).relationships.filter(
    (r) => !r.relations.every((row) => row.meta?.system === true),
  );
}

function tally(changes: readonly { kind: ChangeKind }[]): Tally {
  const counts = Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, 0])) as Tally;
  for (const change of changes) counts[change.kind] += 1;
  return counts;
}

export function compareModels(base: DirectusSchema, head: DirectusSchema): Comparison {
  const collections = collectionChanges(base, head);
  const fields = fieldChanges(base, head);
  const relationships = relationshipChanges(userRelationships(base), userRelationships(head));
  const groups = new Map<string, CollectionComparison>();
  const group = (collection: string) => {
    let found = groups.get(collection);
    if (!found) {
      found = { collection, change: null, fields: [], relationships: [] };
      groups.set(collection, found);
    }
    return found;
  };
  for (const change of collections) group(change.collection).change = change;
  for (const change of fields) group(change.collection).fields.push(change);
  for (const change of relationships) group(relationshipCollection(change)).relationships.push(change);
  const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    collections: [...groups.values()].sort((a, b) => byName(a.collection, b.collection)),
    counts: { collections: tally(collections), fields: tally(fields), relationships: tally(relationships) },
  };
}

export function isUnchanged(comparison: Comparison): boolean {
  return comparison.collections.length === 0;
}
