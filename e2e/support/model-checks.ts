// What Directus really holds, read back over REST: the shapes the Data Studio gives fields and
// relations, and proof that nothing of a relationship is left behind.
import { readCollection, readField, readRelation, readRelations } from '@directus/sdk';
import { expect } from '@playwright/test';
import { errorCodeOf, type RunningDirectus } from './directus';

type Meta = Record<string, unknown> | null;
interface FieldRow {
  type: string;
  meta: Meta;
  schema: Record<string, unknown> | null;
}
interface RelationRow {
  collection: string;
  field: string;
  related_collection: string | null;
  meta: Meta;
  schema: Record<string, unknown> | null;
}

export async function readFieldRow(directus: RunningDirectus, collection: string, field: string) {
  return (await directus.api.request(readField(collection, field))) as unknown as FieldRow;
}

/** The parts of a field the Data Studio decides: type, special, interface, hidden. */
export async function fieldShape(directus: RunningDirectus, collection: string, field: string) {
  const { type, meta } = await readFieldRow(directus, collection, field);
  return {
    type,
    special: (meta?.special as string[] | null | undefined) ?? null,
    interface: (meta?.interface as string | null | undefined) ?? null,
    hidden: Boolean(meta?.hidden),
  };
}

/** The parts of a relation a relationship kind decides. */
export async function relationShape(directus: RunningDirectus, collection: string, field: string) {
  const relation = (await directus.api.request(readRelation(collection, field))) as unknown as RelationRow;
  const meta = relation.meta ?? {};
  return {
    related_collection: relation.related_collection,
    one_field: meta.one_field ?? null,
    junction_field: meta.junction_field ?? null,
    sort_field: meta.sort_field ?? null,
    one_collection_field: meta.one_collection_field ?? null,
    one_allowed_collections: meta.one_allowed_collections ?? null,
    one_deselect_action: meta.one_deselect_action ?? null,
    on_delete: relation.schema?.on_delete ?? null,
  };
}

/** A hidden junction as the Data Studio makes it: import_export icon, integer `id` key. */
export async function expectJunctionCollection(directus: RunningDirectus, junction: string) {
  const collection = (await directus.api.request(readCollection(junction))) as unknown as { meta: Meta };
  expect(collection.meta).toMatchObject({ hidden: true, icon: 'import_export' });
  const id = await readFieldRow(directus, junction, 'id');
  expect(id.type).toBe('integer');
  expect(id.schema).toMatchObject({ is_primary_key: true, has_auto_increment: true });
}

interface Gone {
  collections?: string[];
  /** `collection.field` */
  fields?: string[];
  /** `collection.field` of the relation's many side */
  relations?: string[];
}

/**
 * Each is gone: Directus answers FORBIDDEN for what does not exist (it hides existence). And no
 * relation is left that lives on, points into or names as its alias any of them.
 */
export async function expectGone(
  directus: RunningDirectus,
  { collections = [], fields = [], relations = [] }: Gone,
) {
  const { api } = directus;
  const split = (key: string) => {
    const at = key.indexOf('.');
    return [key.slice(0, at), key.slice(at + 1)] as const;
  };
  for (const collection of collections)
    expect(await errorCodeOf(api.request(readCollection(collection))), `collection ${collection}`).toBe(
      'FORBIDDEN',
    );
  for (const key of fields)
    expect(await errorCodeOf(api.request(readField(...split(key)))), `field ${key}`).toBe('FORBIDDEN');
  for (const key of relations)
    expect(await errorCodeOf(api.request(readRelation(...split(key)))), `relation ${key}`).toBe('FORBIDDEN');
  const all = (await api.request(readRelations())) as unknown as RelationRow[];
  const left = all.filter(
    (r) =>
      collections.includes(r.collection) ||
      (r.related_collection !== null && collections.includes(r.related_collection)) ||
      relations.includes(`${r.collection}.${r.field}`) ||
      fields.includes(`${r.collection}.${r.field}`) ||
      fields.includes(`${r.related_collection}.${String(r.meta?.one_field)}`),
  );
  expect(left.map((r) => `${r.collection}.${r.field}`)).toEqual([]);
}
