// Directus on SQLite keeps the foreign key of a deleted relation (directus/FINDINGS.md (c)):
// GET /relations still lists it, without meta, and /schema/snapshot leaves it out. A plan that
// creates a relation on that field is then refused by /schema/apply ("already has an associated
// relationship"): undoing a relation's deletion is one. Said before anything is sent.
import type { Step } from '../changes/steps';
import type { DirectusSchema } from '../directus-types';
import { relationKey } from '../model';

/** The relations the steps create where the model holds a foreign key without a relation row. */
export function createdOverLeftoverKeys(schema: DirectusSchema, steps: readonly Step[]): string[] {
  const leftover = new Set(schema.relations.filter((r) => r.meta === null).map(relationKey));
  return steps.flatMap((step) =>
    step.kind === 'createRelation' && leftover.has(relationKey(step.relation))
      ? [relationKey(step.relation)]
      : [],
  );
}
