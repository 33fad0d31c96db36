// The steps on the id-addressed API of the 9.0 RCs, whichever way they are sent (REST through
// customEndpoint, or GraphQL): batches of relation rows in one call, new row ids kept for undoing,
// and the answers that server gives for failures read as failures (PATCH of a missing id
// answers 200 with nothing).
import type { Step } from '../../domain/changes/steps';
import type { DirectusRelation, DirectusSchema } from '../../domain/directus-types';
import { RelataError } from '../errors';
import type { StepRunner } from '../ordered-commit';
import { groupSteps } from '../requests/calls';
import { legacyIdOf, parseLegacyRow, type LegacyRelationRow } from './rows';

/** Sends one group of steps; resolves to what the server answered (null: no body). */
export type SendGroup = (group: readonly Step[], schema: DirectusSchema) => Promise<unknown>;

const keyOf = (relation: Pick<DirectusRelation, 'collection' | 'field'>) =>
  `${relation.collection}.${relation.field}`;

function rowsOf(answer: unknown, expected: number): LegacyRelationRow[] {
  const list = Array.isArray(answer) ? answer : answer == null ? [] : [answer];
  if (list.length !== expected)
    throw new RelataError(
      'malformed-response',
      `Directus answered the creation of ${expected} relation row${expected === 1 ? '' : 's'} with ${list.length}: Relata cannot tell what it made. Reload to see what Directus holds.`,
    );
  return list.map((row) => parseLegacyRow(row));
}

/** The creations with the ids the server gave them, matched by many_collection.many_field. */
function withIds(group: readonly Step[], answer: unknown): Step[] {
  const rows = rowsOf(answer, group.length);
  return group.map((step, index) => {
    if (step.kind !== 'createRelation') return step;
    const row =
      rows.find(
        (r) => keyOf({ collection: r.many_collection, field: r.many_field }) === keyOf(step.relation),
      ) ?? rows[index];
    const id = row?.id;
    if (typeof id !== 'number')
      throw new RelataError('malformed-response', `Directus made ${keyOf(step.relation)} without a row id.`);
    return { ...step, relation: { ...step.relation, meta: { ...step.relation.meta, id } } };
  });
}

function checkUpdated(step: Extract<Step, { kind: 'updateRelation' }>, answer: unknown): void {
  const id = legacyIdOf(step.before);
  const row = answer == null ? null : parseLegacyRow(answer);
  if (row === null || row.id !== id)
    throw new RelataError(
      'conflict',
      `Directus answered the change of relation row ${id} (${keyOf(step.before)}) with nothing: that row is not there any more (the 9.0 release candidates answer 200 for a missing id).`,
    );
}

/** Replaces, for every row the steps address by id, what the list said with that row read by id. */
export async function withRowsReadById(
  schema: DirectusSchema,
  steps: readonly Step[],
  readRow: (id: number) => Promise<LegacyRelationRow | null>,
  toRelation: (row: LegacyRelationRow) => DirectusRelation,
): Promise<DirectusSchema> {
  let relations = schema.relations;
  const seen = new Set<number>();
  for (const step of steps) {
    if (step.kind !== 'updateRelation' && step.kind !== 'deleteRelation') continue;
    const id = step.before.meta?.id;
    if (typeof id !== 'number' || seen.has(id)) continue;
    seen.add(id);
    const row = await readRow(id);
    // The relation the user saw is the row with this id: if it is gone or now describes
    // another field, the plan's check finds nothing under the old key and says so.
    relations = relations.filter((r) => r.meta?.id !== id && keyOf(r) !== keyOf(step.before));
    if (row) relations = [...relations, toRelation(row)];
  }
  return { ...schema, relations };
}

export function legacyStepRunner(send: SendGroup, readFresh: StepRunner['readFresh']): StepRunner {
  return {
    readFresh,
    group: (steps) => groupSteps(steps, 'legacy'),
    run: async (group, schema) => {
      const answer = await send(group, schema);
      const [first] = group;
      if (first?.kind === 'createRelation') return withIds(group, answer);
      if (first?.kind === 'updateRelation') checkUpdated(first, answer);
      return [...group];
    },
  };
}
