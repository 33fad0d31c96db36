// The form's save, one relation changed and nothing else, is one request Directus runs in one
// transaction: PATCH /relations/:collection/:field with the full relation (foreign key and meta
// row together). Behind the save lock it is as safe as the snapshot/diff/apply round (whose hash
// check is itself not atomic), and it costs one relation read and the PATCH instead of three
// whole-schema requests: on the demo model "saved" came 5 to 13 times later than a bare PATCH.
import { createRelation, readRelation, updateRelation } from '@directus/sdk';
import { checkPreconditions } from '../../domain/changes/preconditions';
import type { Step } from '../../domain/changes/steps';
import type { DirectusRelation } from '../../domain/directus-types';
import { draftFromRelation, updateRequestBody } from '../../domain/editing/draft';
import type { RelataClient } from '../client';
import { ConflictError, RelataError } from '../errors';
import { parseRelation } from '../parse';
import { call } from '../request';

export type RelationUpdateStep = Extract<Step, { kind: 'updateRelation' }>;

export const isSingleRelationUpdate = (steps: readonly Step[]): steps is [RelationUpdateStep] =>
  steps.length === 1 && steps[0]?.kind === 'updateRelation';

/** The relation as Directus has it now; null when it is gone. */
async function readCurrent(client: RelataClient, { collection, field }: DirectusRelation) {
  try {
    return parseRelation(await call(() => client.request(readRelation(collection, field))));
  } catch (error) {
    // An admin may read every relation, and a session Directus no longer accepts never gets
    // here (the session watch says so first): FORBIDDEN is Directus hiding one that is missing.
    if (error instanceof RelataError && error.kind === 'forbidden') return null;
    throw error;
  }
}

export async function patchRelation(
  client: RelataClient,
  step: RelationUpdateStep,
  overwrite: boolean,
): Promise<void> {
  const current = await readCurrent(client, step.before);
  if (!overwrite) {
    const conflicts = checkPreconditions(
      { collections: [], fields: [], relations: current ? [current] : [] },
      [step],
    );
    if (conflicts.length) throw new ConflictError(conflicts);
  }
  const { collection, field } = step.relation;
  const body = updateRequestBody(draftFromRelation(step.relation));
  // Deleted meanwhile and re-created on request: on PostgreSQL nothing is left, so POST it
  // again; on SQLite the foreign key stays and PATCH gives it back its relation row.
  await call(() =>
    client.request(
      current ? updateRelation(collection, field, body as never) : createRelation(body as never),
    ),
  );
}
