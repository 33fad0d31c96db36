// A model → the object `npx directus schema snapshot` writes (version 1), so an edited model can
// be applied with /schema/diff + /schema/apply or `directus schema apply`. Mirrors Directus's
// getSnapshot (api/src/utils/get-snapshot.ts) and sanitize-schema.ts: system and untracked
// items left out, meta.id dropped, keys sorted, only the schema properties Directus compares.
import type { DirectusCollection, DirectusField, DirectusRelation, DirectusSchema } from '../directus-types';
import type { SnapshotSystemField } from './snapshot';

export interface SnapshotInfo {
  /** Required by Directus's snapshot check; /schema/diff refuses another version without force. */
  directus: string;
  vendor?: string | null;
  /** Written only when given: servers before Directus 11 refuse an unknown `systemFields` key. */
  systemFields?: readonly SnapshotSystemField[];
}

type Json = Record<string, unknown>;

export interface DirectusSnapshot {
  version: 1;
  directus: string;
  vendor?: string;
  collections: Json[];
  fields: Json[];
  systemFields?: Json[];
  relations: Json[];
}

const FIELD_SCHEMA = [
  'name',
  'table',
  'data_type',
  'default_value',
  'max_length',
  'numeric_precision',
  'numeric_scale',
  'is_nullable',
  'is_unique',
  'is_indexed',
  'is_primary_key',
  'is_generated',
  'generation_expression',
  'has_auto_increment',
  'foreign_key_table',
  'foreign_key_column',
];

const RELATION_SCHEMA = [
  'table',
  'column',
  'foreign_key_table',
  'foreign_key_column',
  'constraint_name',
  'on_update',
  'on_delete',
];

export function toSnapshot(schema: DirectusSchema, info: SnapshotInfo): DirectusSnapshot {
  return {
    version: 1,
    directus: info.directus,
    ...(info.vendor ? { vendor: info.vendor } : {}),
    collections: sortBy(schema.collections.filter(tracked), (c) => [c.collection]).map(collection),
    fields: sortBy(schema.fields.filter(tracked), (f) => [f.collection, metaId(f)]).map(field),
    ...(info.systemFields ? { systemFields: info.systemFields.map(systemField) } : {}),
    relations: sortBy(schema.relations.filter(tracked), (r) => [r.collection, metaId(r)]).map(relation),
  };
}

/** Directus leaves out its own items and, by default, those it does not track (meta: null). */
function tracked(item: { meta?: { system?: boolean | null } | null }): boolean {
  return item.meta != null && item.meta.system !== true;
}

function metaId(item: DirectusField | DirectusRelation): number {
  const id = item.meta?.id;
  return typeof id === 'number' ? id : Number.MAX_SAFE_INTEGER;
}

/** Stable sort on a list of keys, like lodash's sortBy. */
function sortBy<T>(items: readonly T[], keys: (item: T) => (string | number)[]): T[] {
  return items
    .map((item, index) => ({ item, index, keys: keys(item) }))
    .sort((a, b) => {
      for (let i = 0; i < a.keys.length; i++) {
        const x = a.keys[i] as string | number;
        const y = b.keys[i] as string | number;
        if (x < y) return -1;
        if (x > y) return 1;
      }
      return a.index - b.index;
    })
    .map(({ item }) => item);
}

function sortDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortDeep);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value as Json).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, inner]) => [key, sortDeep(inner)]));
}

function metaWithoutId(meta: object | null | undefined): unknown {
  if (meta == null) return null;
  return sortDeep(Object.fromEntries(Object.entries(meta).filter(([key]) => key !== 'id')));
}

function pick(value: Json, keys: readonly string[]): Json {
  return Object.fromEntries(keys.filter((key) => key in value).map((key) => [key, sortDeep(value[key])]));
}

function collection(c: DirectusCollection): Json {
  return {
    collection: c.collection,
    meta: metaWithoutId(c.meta),
    // A folder has no table: Directus leaves `schema` out rather than writing null.
    ...(c.schema ? { schema: { name: c.schema.name ?? c.collection } } : {}),
  };
}

function field(f: DirectusField): Json {
  return {
    collection: f.collection,
    field: f.field,
    type: f.type,
    meta: metaWithoutId(f.meta),
    ...(f.schema ? { schema: pick(f.schema, FIELD_SCHEMA) } : {}),
  };
}

function relation(r: DirectusRelation): Json {
  return {
    collection: r.collection,
    field: r.field,
    related_collection: r.related_collection,
    meta: metaWithoutId(r.meta),
    ...(r.schema ? { schema: pick(r.schema as Json, RELATION_SCHEMA) } : {}),
  };
}

function systemField(f: SnapshotSystemField): Json {
  return { collection: f.collection, field: f.field, schema: pick(f.schema, ['is_indexed']) };
}
