// Test helpers for change plans: is a plan sendable in order, what did it add, and is a model
// back where it started (comparing lists without their order, which applySteps does not keep).
import { expect } from 'vitest';
import { applySteps } from '../domain/changes/apply-steps';
import type { FieldBody, Step } from '../domain/changes/steps';
import type { DirectusField, DirectusSchema } from '../domain/directus-types';
import { relationKey } from '../domain/model';
import type { Relationship } from '../domain/model';
import type { ModelIndex } from '../domain/model-index';
import { buildModelIndex } from '../domain/model-index';
import { oneField } from '../domain/relation-meta';

const RANK: Record<Step['kind'], number> = {
  createCollection: 0,
  createField: 1,
  createRelation: 2,
  updateRelation: 2,
  deleteRelation: 3,
  deleteField: 4,
  deleteCollection: 5,
};

/**
 * Collections, then fields, then relations (and, deleting, relations, then fields, then
 * collections); and, played one by one, every relation finds its column, and the alias and
 * junction field it names, already there: Directus never creates them (reference README).
 */
export function expectSendableInOrder(schema: DirectusSchema, steps: readonly Step[]): void {
  const ranks = steps.map((s) => RANK[s.kind]);
  expect(ranks, steps.map((s) => s.kind).join(' ')).toEqual([...ranks].sort((a, b) => a - b));
  let current = schema;
  for (const step of steps) {
    if (step.kind === 'createRelation' || step.kind === 'updateRelation') {
      const index = buildModelIndex(current);
      const r = step.relation;
      expect(index.field(r.collection, r.field), `column ${relationKey(r)}`).toBeDefined();
      const alias = oneField(r);
      if (alias && r.related_collection)
        expect(
          index.field(r.related_collection, alias),
          `alias ${r.related_collection}.${alias}`,
        ).toBeDefined();
      const junctionField = r.meta?.junction_field;
      if (junctionField) expect(index.field(r.collection, junctionField), `junction field`).toBeDefined();
      const sortField = r.meta?.sort_field;
      if (sortField) expect(index.field(r.collection, sortField), `sort field`).toBeDefined();
    }
    current = applySteps(current, [step]);
  }
}

/** Relationships after a plan that were not there before, compared by id and shape. */
export function addedRelationships(before: ModelIndex, after: ModelIndex): Relationship[] {
  const shape = (r: Relationship) => JSON.stringify([r.kind, r.source, r.targets, r.junction]);
  const old = new Set(before.relationships.map(shape));
  return after.relationships.filter((r) => !old.has(shape(r)));
}

const sortedBy = <T>(items: readonly T[], key: (item: T) => string) =>
  [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

/**
 * A model's three lists in a canonical order, for deep equality regardless of list order.
 * Two differences that are not differences are evened out: a field without `meta` or `schema`
 * (snapshots leave `schema` out on alias fields) is the field with them null, and a collection's
 * `schema` is compared by table name only, the one thing POST /collections takes back (a
 * PostgreSQL snapshot adds `schema: "public"` and a null `comment`).
 */
export function canonical(schema: DirectusSchema) {
  return {
    collections: sortedBy(schema.collections, (c) => c.collection).map((c) => ({
      ...c,
      schema: c.schema ? { name: c.schema.name ?? c.collection } : c.schema,
    })),
    fields: sortedBy(schema.fields, (f) => `${f.collection}.${f.field}`).map((f) => ({
      ...f,
      meta: f.meta ?? null,
      schema: f.schema ?? null,
    })),
    relations: sortedBy(schema.relations, relationKey),
  };
}

/** A field as a step carries it (meta and schema present, null when absent). */
export function asBody(field: DirectusField): FieldBody {
  return { ...field, meta: field.meta ?? null, schema: field.schema ?? null };
}
