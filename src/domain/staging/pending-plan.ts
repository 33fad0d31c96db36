// A pending set of changes → what it will do to the server's model. Each change is planned
// against the model the earlier ones leave (as planChange plans a batch), and checked the way a
// commit checks it: a change that no longer applies (its validation fails, its plan is empty, or
// what it replaces is not what the model holds) is reported and left out, never forced.
import { applySteps } from '../changes/apply-steps';
import type { Change } from '../changes/change';
import { describeChange } from '../changes/describe';
import { planChange } from '../changes/plan';
import { checkPreconditions } from '../changes/preconditions';
import type { Step } from '../changes/steps';
import { validateNewRelationship } from '../changes/validate-new';
import type { DirectusSchema } from '../directus-types';
import { buildModelIndex, type ModelIndex } from '../model-index';

export interface PlannedChange {
  change: Change;
  /** Its steps against the model the earlier changes leave; empty when it does not apply. */
  steps: Step[];
  /** Why it no longer applies; null when it does. */
  problem: string | null;
  /** The model it was planned on: the server's with the earlier changes made. */
  index: ModelIndex;
}

export interface PendingPlan {
  changes: PlannedChange[];
  /** The steps of every change that applies, in order: what "Apply all" commits. */
  steps: Step[];
  /** The server's model with those steps played on it. */
  staged: DirectusSchema;
  /** Every change applies. */
  applies: boolean;
}

/** Why a change cannot be made on this model, or null. */
export function problemOf(index: ModelIndex, change: Change, steps: readonly Step[]): string | null {
  if (change.type === 'createRelationship') {
    const issues = validateNewRelationship(index, change.relationship);
    if (issues.length) return issues.map((issue) => issue.message).join(' ');
  }
  if (!steps.length) return 'Nothing left to change: what it changes is no longer there.';
  const conflicts = checkPreconditions(index.schema, steps);
  if (conflicts.length) return conflicts.map((conflict) => conflict.message).join(' ');
  return null;
}

/** Plans one change on a model, saying why it does not apply instead of throwing. */
export function planOne(index: ModelIndex, change: Change): PlannedChange {
  let steps: Step[];
  try {
    steps = planChange(index, change);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { change, steps: [], problem: `${describeChange(change)} cannot be planned: ${message}`, index };
  }
  const problem = problemOf(index, change, steps);
  return { change, steps: problem ? [] : steps, problem, index };
}

export function planPending(server: DirectusSchema, changes: readonly Change[]): PendingPlan {
  let current = server;
  let index = buildModelIndex(server);
  const planned: PlannedChange[] = [];
  for (const change of changes) {
    const one = planOne(index, change);
    planned.push(one);
    if (one.problem || !one.steps.length) continue;
    current = applySteps(current, one.steps);
    index = buildModelIndex(current);
  }
  return {
    changes: planned,
    steps: planned.flatMap((p) => p.steps),
    staged: current,
    applies: planned.every((p) => p.problem === null),
  };
}
