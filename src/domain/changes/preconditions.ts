// Before a plan is applied, what it replaces must still be what the user saw: a relation changed
// or removed by someone else in the meantime is reported, never overwritten.
import type { DirectusRelation, DirectusSchema } from '../directus-types';
import { relationDifferences, type RelationDifference } from '../editing/conflicts';
import { relationKey } from '../model';
import { applySteps } from './apply-steps';
import type { Step } from './steps';

export interface Conflict {
  /** `collection`, `collection.field` or the relation key. */
  target: string;
  message: string;
  differences: RelationDifference[];
  /** The relation as the server has it now, when the conflict is about one (null: deleted). */
  current?: DirectusRelation | null;
  /**
   * The relation was deleted meanwhile. On SQLite its foreign key survives a delete, so the
   * server may still list it, without meta (`current`); on PostgreSQL it is gone (`current` null).
   */
  deleted?: boolean;
}

function checkStep(schema: DirectusSchema, step: Step): Conflict | null {
  const field = (collection: string, name: string) =>
    schema.fields.find((f) => f.collection === collection && f.field === name);
  const relation = (collection: string, name: string) =>
    schema.relations.find((r) => r.collection === collection && r.field === name);
  const collection = (name: string) => schema.collections.find((c) => c.collection === name);
  const conflict = (target: string, message: string, differences: RelationDifference[] = []): Conflict => ({
    target,
    message,
    differences,
  });
  switch (step.kind) {
    case 'createCollection':
      return collection(step.collection.collection)
        ? conflict(
            step.collection.collection,
            `${step.collection.collection} was created in Directus meanwhile.`,
          )
        : null;
    case 'createField':
      return field(step.field.collection, step.field.field)
        ? conflict(
            `${step.field.collection}.${step.field.field}`,
            `${step.field.collection}.${step.field.field} was created in Directus meanwhile.`,
          )
        : null;
    case 'createRelation': {
      const existing = relation(step.relation.collection, step.relation.field);
      return existing?.meta
        ? conflict(relationKey(existing), `${relationKey(existing)} got a relation in Directus meanwhile.`)
        : null;
    }
    case 'updateRelation':
    case 'deleteRelation': {
      const { before } = step;
      const key = relationKey(before);
      const current = relation(before.collection, before.field);
      if (!current || (before.meta !== null && current.meta === null))
        return {
          ...conflict(key, `${key} was deleted in Directus since you opened it.`),
          current: current ?? null,
          deleted: true,
        };
      const differences = relationDifferences(before, current);
      return differences.length
        ? {
            ...conflict(key, `Someone changed ${key} in Directus since you opened it.`, differences),
            current,
          }
        : null;
    }
    case 'deleteField':
      return field(step.before.collection, step.before.field)
        ? null
        : conflict(
            `${step.before.collection}.${step.before.field}`,
            `${step.before.collection}.${step.before.field} was deleted in Directus meanwhile.`,
          );
    case 'deleteCollection':
      return collection(step.before.collection.collection)
        ? null
        : conflict(
            step.before.collection.collection,
            `${step.before.collection.collection} was deleted in Directus meanwhile.`,
          );
  }
}

/** Checks each step against the model the earlier steps leave, starting from the server's. */
export function checkPreconditions(current: DirectusSchema, steps: readonly Step[]): Conflict[] {
  const conflicts: Conflict[] = [];
  let schema = current;
  for (const step of steps) {
    const conflict = checkStep(schema, step);
    if (conflict) conflicts.push(conflict);
    schema = applySteps(schema, [step]);
  }
  return conflicts;
}
