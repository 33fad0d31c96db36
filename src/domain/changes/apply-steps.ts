// Plays steps onto a model the way Directus would: for the diagram while a change is under
// way or staged, for previews, and to build the snapshot /schema/diff compares with the server.
import type { DirectusField, DirectusRelation, DirectusSchema } from '../directus-types';
import { relationKey } from '../model';
import { allowedCollections } from '../relation-meta';
import type { Step } from './steps';

const sameRelation = (a: DirectusRelation, b: Pick<DirectusRelation, 'collection' | 'field'>) =>
  a.collection === b.collection && a.field === b.field;

function applyStep(schema: DirectusSchema, step: Step): DirectusSchema {
  switch (step.kind) {
    case 'createCollection': {
      const { fields, ...collection } = step.collection;
      return {
        ...schema,
        collections: [...schema.collections, collection],
        fields: [
          ...schema.fields,
          ...fields.map((f): DirectusField => ({ ...f, collection: collection.collection })),
        ],
      };
    }
    case 'createField':
      return { ...schema, fields: [...schema.fields, step.field] };
    case 'createRelation':
    case 'updateRelation': {
      // A foreign key without a relation row (SQLite keeps one after a delete) becomes this one.
      const rest = schema.relations.filter((r) => !sameRelation(r, step.relation));
      const at = schema.relations.findIndex((r) => sameRelation(r, step.relation));
      const relations = [...rest];
      relations.splice(at === -1 ? relations.length : at, 0, step.relation);
      return { ...schema, relations };
    }
    case 'deleteRelation':
      return { ...schema, relations: schema.relations.filter((r) => !sameRelation(r, step.before)) };
    case 'deleteField':
      return withoutField(schema, step.before.collection, step.before.field);
    case 'deleteCollection':
      return withoutCollection(schema, step.before.collection.collection);
  }
}

/** Directus drops the field's own relation and clears a one_field that named it. */
function withoutField(schema: DirectusSchema, collection: string, field: string): DirectusSchema {
  return {
    ...schema,
    fields: schema.fields.filter((f) => !(f.collection === collection && f.field === field)),
    relations: schema.relations
      .filter((r) => !(r.collection === collection && r.field === field))
      .map((r) =>
        r.related_collection === collection && r.meta?.one_field === field
          ? { ...r, meta: { ...r.meta, one_field: null } }
          : r,
      ),
  };
}

/** Directus drops the collection's fields and every relation on it or into it. */
function withoutCollection(schema: DirectusSchema, collection: string): DirectusSchema {
  return {
    collections: schema.collections.filter((c) => c.collection !== collection),
    fields: schema.fields.filter((f) => f.collection !== collection),
    relations: schema.relations
      .filter((r) => r.collection !== collection && r.related_collection !== collection)
      .map((r) => {
        const allowed = r.meta?.one_allowed_collections;
        if (!r.meta || !Array.isArray(allowed) || !allowed.includes(collection)) return r;
        return {
          ...r,
          meta: { ...r.meta, one_allowed_collections: allowedCollections(r).filter((c) => c !== collection) },
        };
      }),
  };
}

export function applySteps(schema: DirectusSchema, steps: readonly Step[]): DirectusSchema {
  return steps.reduce(applyStep, schema);
}

/** Relation keys a plan adds, changes or removes: the edges to draw as pending. */
export function touchedRelationKeys(steps: readonly Step[]): string[] {
  return steps.flatMap((step) =>
    step.kind === 'createRelation' || step.kind === 'updateRelation'
      ? [relationKey(step.relation)]
      : step.kind === 'deleteRelation'
        ? [relationKey(step.before)]
        : [],
  );
}
