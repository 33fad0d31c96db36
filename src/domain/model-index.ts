// One index of a data model, built once per model and read by everyone: the diagram, the side
// panel, validation and change planning. Nothing else scans the three lists.
import { isFolder, isSystemCollection } from './collections';
import type { DirectusCollection, DirectusField, DirectusRelation, DirectusSchema } from './directus-types';
import { relationKey } from './model';
import type { InferenceWarning, Relationship } from './model';
import { systemPrimaryKey } from './primary-keys';
import { allowedCollections } from './relation-meta';
import { inferRelationships } from './relationships';

export interface PrimaryKey {
  field: string;
  type: string;
  /** The field as the model declares it; null when only known from Directus's system tables. */
  declared: DirectusField | null;
}

export interface ModelIndex {
  readonly schema: DirectusSchema;
  /** Declared collections in Data Studio order: meta.sort, then name. */
  readonly collections: readonly DirectusCollection[];
  collection(name: string): DirectusCollection | undefined;
  /** Collections with a table (not folders), declared or referenced by a relation. */
  isTable(name: string): boolean;
  /** A collection's fields in Data Studio order (meta.sort, then input order). */
  fields(collection: string): readonly DirectusField[];
  field(collection: string, field: string): DirectusField | undefined;
  primaryKey(collection: string): PrimaryKey | null;
  relation(collection: string, field: string): DirectusRelation | undefined;
  /** Relations whose many side (the foreign-key column) is on the collection. */
  relationsOut(collection: string): readonly DirectusRelation[];
  /** Relations pointing at the collection, including many-to-any items that allow it. */
  relationsIn(collection: string): readonly DirectusRelation[];
  readonly relationships: readonly Relationship[];
  relationship(id: string): Relationship | undefined;
  /** The relationship a relation row belongs to. */
  relationshipOf(collection: string, field: string): Relationship | undefined;
  readonly junctions: ReadonlySet<string>;
  readonly warnings: readonly InferenceWarning[];
}

function groupBy<T>(items: readonly T[], key: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function sortOf(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : Number.MAX_SAFE_INTEGER;
}

/** The Data Studio lists collections by meta.sort, then by name. */
function dataStudioOrder(collections: readonly DirectusCollection[]): DirectusCollection[] {
  return [...collections].sort(
    (a, b) =>
      sortOf(a.meta?.sort) - sortOf(b.meta?.sort) ||
      (a.collection < b.collection ? -1 : a.collection > b.collection ? 1 : 0),
  );
}

function fieldOrder(fields: DirectusField[]): DirectusField[] {
  return fields
    .map((field, index) => ({ field, index }))
    .sort((a, b) => sortOf(a.field.meta?.sort) - sortOf(b.field.meta?.sort) || a.index - b.index)
    .map(({ field }) => field);
}

const EMPTY: readonly never[] = Object.freeze([]);

export function buildModelIndex(schema: DirectusSchema): ModelIndex {
  const inferred = inferRelationships(schema);
  const collections = dataStudioOrder(schema.collections);
  const byName = new Map<string, DirectusCollection>();
  for (const c of schema.collections) if (!byName.has(c.collection)) byName.set(c.collection, c);

  const rawFields = groupBy(schema.fields, (f) => f.collection);
  const sortedFields = new Map<string, DirectusField[]>();
  const fieldsOf = (collection: string): readonly DirectusField[] => {
    let sorted = sortedFields.get(collection);
    if (!sorted) {
      sorted = fieldOrder(rawFields.get(collection) ?? []);
      sortedFields.set(collection, sorted);
    }
    return sorted;
  };
  const fieldByKey = new Map<string, DirectusField>();
  for (const f of schema.fields) {
    const key = `${f.collection}.${f.field}`;
    if (!fieldByKey.has(key)) fieldByKey.set(key, f);
  }

  const relationByKey = new Map<string, DirectusRelation>();
  for (const r of schema.relations)
    if (!relationByKey.has(relationKey(r))) relationByKey.set(relationKey(r), r);
  const out = groupBy(schema.relations, (r) => r.collection);
  const into = new Map<string, DirectusRelation[]>();
  for (const r of schema.relations) {
    const targets = r.related_collection != null ? [r.related_collection] : allowedCollections(r);
    for (const target of new Set(targets)) {
      const list = into.get(target);
      if (list) list.push(r);
      else into.set(target, [r]);
    }
  }

  const relationshipById = new Map(inferred.relationships.map((r) => [r.id, r]));
  const relationshipByRelation = new Map<string, Relationship>();
  for (const relationship of inferred.relationships)
    for (const r of relationship.relations) relationshipByRelation.set(relationKey(r), relationship);
  const junctions = new Set(
    inferred.relationships.flatMap((r) => (r.junction ? [r.junction.collection] : [])),
  );

  const primaryKeys = new Map<string, PrimaryKey | null>();
  const primaryKey = (collection: string): PrimaryKey | null => {
    if (primaryKeys.has(collection)) return primaryKeys.get(collection) ?? null;
    const fields = fieldsOf(collection);
    // Hand-written and very old files sometimes leave is_primary_key out: `id` is then the key.
    const declared =
      fields.find((f) => f.schema?.is_primary_key === true) ??
      (isSystemCollection(collection) ? null : (fields.find((f) => f.field === 'id') ?? null));
    const system = isSystemCollection(collection) ? systemPrimaryKey(collection) : null;
    const found: PrimaryKey | null = declared
      ? { field: declared.field, type: declared.type, declared }
      : system
        ? { ...system, declared: fields.find((f) => f.field === system.field) ?? null }
        : null;
    primaryKeys.set(collection, found);
    return found;
  };

  return {
    schema,
    collections,
    collection: (name) => byName.get(name),
    isTable: (name) => {
      const declared = byName.get(name);
      return declared ? !isFolder(declared) : isSystemCollection(name) || rawFields.has(name);
    },
    fields: (collection) => fieldsOf(collection),
    field: (collection, field) => fieldByKey.get(`${collection}.${field}`),
    primaryKey,
    relation: (collection, field) => relationByKey.get(`${collection}.${field}`),
    relationsOut: (collection) => out.get(collection) ?? EMPTY,
    relationsIn: (collection) => into.get(collection) ?? EMPTY,
    relationships: inferred.relationships,
    relationship: (id) => relationshipById.get(id),
    relationshipOf: (collection, field) => relationshipByRelation.get(`${collection}.${field}`),
    junctions,
    warnings: inferred.warnings,
  };
}
