// The way back from a plan: each step's inverse, in reverse order. Undo and the compensation of
// a half-applied plan both use it; what an inverse cannot bring back is said, not hidden.
import type { DirectusField } from '../directus-types';
import type { Step } from './steps';

function bodyOf(field: DirectusField) {
  return {
    collection: field.collection,
    field: field.field,
    type: field.type,
    meta: field.meta ?? null,
    schema: field.schema ?? null,
  };
}

export function invertStep(step: Step): Step {
  switch (step.kind) {
    case 'createCollection': {
      const { fields, ...collection } = step.collection;
      return {
        kind: 'deleteCollection',
        before: { collection, fields: fields.map((f) => ({ ...f, collection: collection.collection })) },
      };
    }
    case 'createField':
      return { kind: 'deleteField', before: step.field };
    case 'createRelation':
      return { kind: 'deleteRelation', before: step.relation };
    case 'updateRelation':
      return { kind: 'updateRelation', relation: step.before, before: step.relation };
    case 'deleteRelation':
      return { kind: 'createRelation', relation: step.before };
    case 'deleteField':
      return { kind: 'createField', field: bodyOf(step.before) };
    case 'deleteCollection': {
      const { collection, fields } = step.before;
      return {
        kind: 'createCollection',
        collection: {
          collection: collection.collection,
          meta: collection.meta ?? {},
          schema: { name: collection.collection },
          fields: fields.map(bodyOf),
        },
      };
    }
  }
}

export function invertSteps(steps: readonly Step[]): Step[] {
  return [...steps].reverse().map(invertStep);
}

/** What undoing these steps cannot restore: the data of dropped columns and collections. */
export function irrecoverableLosses(steps: readonly Step[]): string[] {
  return steps.flatMap((step) => {
    if (step.kind === 'deleteField' && step.before.type !== 'alias')
      return [`the data in ${step.before.collection}.${step.before.field}`];
    if (step.kind === 'deleteCollection') return [`the items of ${step.before.collection.collection}`];
    return [];
  });
}
