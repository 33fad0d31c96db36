// planChange: a change → the steps that make it, against the model as it is now. A batch is
// planned change by change, each against the model the earlier ones leave.
import type { DirectusSchema } from '../directus-types';
import { buildModelIndex } from '../model-index';
import type { ModelIndex } from '../model-index';
import { applySteps } from './apply-steps';
import type { Change, NewRelationship } from './change';
import { newRelationshipId, owningRelation } from './new-relationship';
import { planDeleteRelation, planDeleteRelationship } from './plan-delete';
import { planNewRelationship } from './plan-new';
import type { Step } from './steps';

export function planChange(index: ModelIndex, change: Change): Step[] {
  switch (change.type) {
    case 'createRelationship':
      return planNewRelationship(index, change.relationship);
    case 'updateRelation':
      return [
        ...change.createFields.map((field): Step => ({ kind: 'createField', field })),
        { kind: 'updateRelation', relation: change.after, before: change.before },
      ];
    case 'deleteRelation':
      return planDeleteRelation(index, change.relation, change.deleteField);
    case 'deleteRelationship':
      return planDeleteRelationship(index, change.relationshipId, change.whole);
    case 'batch': {
      const steps: Step[] = [];
      let current = index;
      for (const part of change.changes) {
        const planned = planChange(current, part);
        steps.push(...planned);
        current = buildModelIndex(applySteps(current.schema, planned));
      }
      return steps;
    }
  }
}

/** The model as it will be once the change is made: for previews and the optimistic diagram. */
export function applyChange(index: ModelIndex, change: Change): DirectusSchema {
  return applySteps(index.schema, planChange(index, change));
}

/**
 * The id of the relationship a new one becomes part of, once made. Usually its own relation's
 * key; but reusing a junction adds a side to an M2M whose older relation already owns it.
 */
export function createdRelationshipId(index: ModelIndex, spec: NewRelationship): string {
  const own = owningRelation(spec);
  const after = buildModelIndex(applyChange(index, { type: 'createRelationship', relationship: spec }));
  return after.relationshipOf(own.collection, own.field)?.id ?? newRelationshipId(spec);
}
