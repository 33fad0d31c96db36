// Rebase: a pending set started on one model, re-planned on the model the server has now. Each
// change is planned again in order; an edit of a relation someone else also edited keeps both
// sides' edits when they touch different properties (a three-way merge on the properties a user
// sets), and is reported, not forced, when both set the same one differently.
import { applySteps } from '../changes/apply-steps';
import type { Change } from '../changes/change';
import type { DirectusRelation } from '../directus-types';
import { relationDifferences, type RelationDifference } from '../editing/conflicts';
import { sameValue } from '../editing/equality';
import { buildModelIndex, type ModelIndex } from '../model-index';
import { planOne, type PlannedChange } from './pending-plan';
import type { DirectusSchema } from '../directus-types';

/** `meta.one_field` → set on `meta`; whole objects and related_collection are not merged. */
function withEdit(relation: DirectusRelation, edit: RelationDifference): DirectusRelation | null {
  const [part, key] = edit.path.split('.');
  if (!key || (part !== 'meta' && part !== 'schema')) return null;
  const object = relation[part];
  if (!object) return null;
  return { ...relation, [part]: { ...object, [key]: edit.after } };
}

/** The same edit, made on the relation as it is now; the change unchanged when they collide. */
export function rebaseUpdate(current: DirectusRelation, change: Extract<Change, { type: 'updateRelation' }>) {
  const theirs = relationDifferences(change.before, current);
  if (!theirs.length) return change;
  const mine = relationDifferences(change.before, change.after);
  let after: DirectusRelation | null = current;
  for (const edit of mine) {
    const other = theirs.find((t) => t.path === edit.path);
    if (other && !sameValue(other.after, edit.after)) return change;
    after = after && withEdit(after, edit);
  }
  return after ? { ...change, before: current, after } : change;
}

export function rebaseChange(index: ModelIndex, change: Change): Change {
  if (change.type === 'updateRelation') {
    const current = index.relation(change.before.collection, change.before.field);
    return current ? rebaseUpdate(current, change) : change;
  }
  if (change.type === 'batch')
    return { ...change, changes: change.changes.map((c) => rebaseChange(index, c)) };
  // New relationships are planned again from what was asked for; deletions take what is there.
  return change;
}

export interface Rebased {
  changes: Change[];
  /** The changes that no longer apply on the new model, with why. */
  failed: PlannedChange[];
}

export function rebasePending(server: DirectusSchema, changes: readonly Change[]): Rebased {
  let current = server;
  let index = buildModelIndex(server);
  const rebased: Change[] = [];
  const failed: PlannedChange[] = [];
  for (const change of changes) {
    const next = rebaseChange(index, change);
    const one = planOne(index, next);
    rebased.push(next);
    if (one.problem) {
      failed.push(one);
      continue;
    }
    current = applySteps(current, one.steps);
    index = buildModelIndex(current);
  }
  return { changes: rebased, failed };
}
