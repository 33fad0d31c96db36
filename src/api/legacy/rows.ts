// The relations of the Directus 9.0 release candidates (up to rc.64): rows of directus_relations
// addressed by a numeric id, with many_/one_ columns and no foreign keys. Mapped into the
// domain's DirectusRelation (collection = many side, related_collection = one side, the row as
// meta, schema null) and back.
import type { DirectusRelation } from '../../domain/directus-types';
import { allowedCollections } from '../../domain/relation-meta';
import { RelataError } from '../errors';

export interface LegacyRelationRow {
  /** Absent (REST) or null (GraphQL) on the built-in rows the server appends. */
  id?: number | null;
  many_collection: string;
  many_field: string;
  many_primary?: string | null;
  one_collection?: string | null;
  one_field?: string | null;
  one_primary?: string | null;
  one_collection_field?: string | null;
  /** An array on rc.64; a comma-separated string in older rows. */
  one_allowed_collections?: string[] | string | null;
  junction_field?: string | null;
  sort_field?: string | null;
  system?: boolean;
}

/** What POST /relations and PATCH /relations/:id take: the row without its id. */
export type LegacyRelationBody = Required<
  Omit<LegacyRelationRow, 'id' | 'system' | 'one_allowed_collections'>
> & {
  one_allowed_collections: string[] | null;
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A legacy row rather than a current relation: many_collection and no collection. */
export function isLegacyRow(value: unknown): boolean {
  return isObject(value) && typeof value.many_collection === 'string' && !('collection' in value);
}

function malformed(problem: string): RelataError {
  return new RelataError('malformed-response', `Directus returned malformed relations: ${problem}.`);
}

export function parseLegacyRows(value: unknown): LegacyRelationRow[] {
  if (!Array.isArray(value))
    throw malformed(`expected a list, got ${value === null ? 'null' : typeof value}`);
  return value.map((item, index) => parseLegacyRow(item, `item ${index + 1}`));
}

export function parseLegacyRow(value: unknown, what = 'the relation'): LegacyRelationRow {
  if (!isObject(value)) throw malformed(`${what} is not an object`);
  if (typeof value.many_collection !== 'string') throw malformed(`${what} has no many_collection`);
  if (typeof value.many_field !== 'string') throw malformed(`${what} has no many_field`);
  if (value.id !== undefined && value.id !== null && typeof value.id !== 'number')
    throw malformed(`${what} has a malformed id`);
  return value as unknown as LegacyRelationRow;
}

const textOrNull = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;

export function relationFromLegacyRow(row: LegacyRelationRow): DirectusRelation {
  const allowed = row.one_allowed_collections;
  const related = textOrNull(row.one_collection);
  return {
    collection: row.many_collection,
    field: row.many_field,
    related_collection: related,
    meta: {
      ...(typeof row.id === 'number' ? { id: row.id } : {}),
      many_collection: row.many_collection,
      many_field: row.many_field,
      many_primary: row.many_primary ?? null,
      one_collection: related,
      one_field: textOrNull(row.one_field),
      one_primary: row.one_primary ?? null,
      one_collection_field: textOrNull(row.one_collection_field),
      one_allowed_collections:
        allowed == null ? null : allowedCollections({ meta: { one_allowed_collections: allowed } } as never),
      junction_field: textOrNull(row.junction_field),
      sort_field: textOrNull(row.sort_field),
      // The server appends its own rows without an id (REST) or with id null (GraphQL).
      ...(row.system || typeof row.id !== 'number' ? { system: true } : {}),
    },
    schema: null,
  };
}

/** The primary key field of a collection, from the model. */
export type PrimaryKeyOf = (collection: string) => string | null;

/** The row a relation is saved as. The primary keys come from the model (the server checks none). */
export function legacyRowBody(relation: DirectusRelation, primaryKeyOf: PrimaryKeyOf): LegacyRelationBody {
  const meta = relation.meta;
  const related = relation.related_collection;
  const allowed = meta?.one_allowed_collections;
  return {
    many_collection: relation.collection,
    many_field: relation.field,
    many_primary: primaryKeyOf(relation.collection) ?? meta?.many_primary ?? 'id',
    one_collection: related,
    one_field: meta?.one_field ?? null,
    one_primary: related ? (primaryKeyOf(related) ?? meta?.one_primary ?? 'id') : null,
    one_collection_field: meta?.one_collection_field ?? null,
    one_allowed_collections: allowed ? [...allowed] : null,
    junction_field: meta?.junction_field ?? null,
    sort_field: meta?.sort_field ?? null,
  };
}

/** The row id a relation is addressed by, or an error saying why it has none. */
export function legacyIdOf(relation: DirectusRelation): number {
  const id = relation.meta?.id;
  if (typeof id === 'number') return id;
  throw new RelataError(
    'invalid-payload',
    `${relation.collection}.${relation.field} has no row id${relation.meta?.system ? ' (a built-in Directus relation)' : ''}: the 9.0 release candidates address relations by id, so Relata cannot change it.`,
  );
}
