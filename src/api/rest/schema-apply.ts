// All or nothing, with the only compare-and-swap Directus offers: read the snapshot, check that
// what the plan replaces is what the user saw, diff the planned snapshot, check the diff holds
// nothing else, and apply it with the diff's hash (Directus refuses it if the schema changed).
// Every save holds the save lock; a plan of one relation update is a single PATCH instead.
import { schemaApply, schemaDiff, schemaSnapshot } from '@directus/sdk';
import { applySteps } from '../../domain/changes/apply-steps';
import { planOutcome } from '../../domain/changes/outcome';
import { checkPreconditions } from '../../domain/changes/preconditions';
import type { Step } from '../../domain/changes/steps';
import { verifyDiff, type SchemaDiff } from '../../domain/changes/verify-diff';
import type { DirectusSchema } from '../../domain/directus-types';
import type { RelataClient } from '../client';
import { ConflictError, RelataError } from '../errors';
import type { CommitOptions } from '../gateway';
import { parseCollections, parseFields, parseRelations } from '../parse';
import { call } from '../request';
import { bareForeignKeysTouched, saveOnBareForeignKey } from './bare-foreign-keys';
import { isSingleRelationUpdate, patchRelation } from './patch-relation';
import { withSaveLock } from './save-lock';

export interface Snapshot extends DirectusSchema {
  version: number;
  directus: string;
  vendor?: string;
}

export function parseSnapshot(value: unknown): Snapshot {
  if (typeof value !== 'object' || value === null || !('collections' in value))
    throw new RelataError('malformed-response', 'Directus returned a malformed schema snapshot.');
  const snapshot = value as Snapshot;
  return {
    ...snapshot,
    collections: parseCollections(snapshot.collections),
    fields: parseFields(snapshot.fields),
    relations: parseRelations(snapshot.relations),
  };
}

const HASH_MISMATCH = /hash does not match/i;
/** Tries of one save when the schema changes elsewhere between the diff and the apply. */
const MAX_ATTEMPTS = 3;

export async function readSnapshot(client: RelataClient): Promise<Snapshot> {
  return parseSnapshot(await call(() => client.request(schemaSnapshot())));
}

/**
 * The apply's answer never came (no Directus error body: the connection dropped, a proxy gave
 * up), so the request may have been applied or not. Directus applies a diff in one transaction
 * (all or nothing, checked on SQLite and PostgreSQL with 12.4.0): read the schema again and see
 * which of the two it is. Applied counts as done; anything else is said, not guessed.
 */
async function settleLostAnswer(client: RelataClient, steps: readonly Step[], lost: RelataError) {
  let outcome: ReturnType<typeof planOutcome> | 'unreadable';
  try {
    outcome = planOutcome(parseSnapshot(await call(() => client.request(schemaSnapshot()))), steps);
  } catch {
    outcome = 'unreadable';
  }
  if (outcome === 'applied') return;
  if (outcome === 'not-applied') throw lost;
  throw new RelataError(
    'outcome-unknown',
    `${lost.message} Relata could not tell whether Directus made the change: check the model before trying again.`,
    { status: lost.status },
  );
}

/** One compare-and-swap; 'stale' when Directus refused the hash (the schema changed meanwhile). */
async function attempt(
  client: RelataClient,
  steps: readonly Step[],
  overwrite: boolean,
): Promise<'applied' | 'stale'> {
  const snapshot = parseSnapshot(await call(() => client.request(schemaSnapshot())));
  const bare = await bareForeignKeysTouched(client, snapshot, steps);
  if (!overwrite) {
    const known = bare.length ? { ...snapshot, relations: [...snapshot.relations, ...bare] } : snapshot;
    const conflicts = checkPreconditions(known, steps);
    if (conflicts.length) throw new ConflictError(conflicts);
  }
  if (bare.length) {
    await saveOnBareForeignKey(client, steps);
    return 'applied';
  }
  const planned = { ...snapshot, ...applySteps(snapshot, steps) };
  // The SDK's type wants its own snapshot shape; this is one, read from the server a moment ago.
  const answer = (await call(() => client.request(schemaDiff(planned as never)))) as {
    hash: string;
    diff: SchemaDiff;
  } | null;
  if (!answer) return 'applied'; // 204: the server already holds exactly this.
  const conflicts = verifyDiff(snapshot, answer.diff, steps);
  if (conflicts.length) throw new ConflictError(conflicts);
  try {
    await call(() => client.request(schemaApply(answer as never)));
    return 'applied';
  } catch (error) {
    if (error instanceof RelataError && error.kind === 'invalid-payload' && HASH_MISMATCH.test(error.message))
      return 'stale';
    if (error instanceof RelataError && error.code === null) {
      await settleLostAnswer(client, steps, error);
      return 'applied';
    }
    throw error;
  }
}

export async function commitWithSchemaApply(
  client: RelataClient,
  steps: readonly Step[],
  { overwrite = false }: CommitOptions = {},
  holder = 'Relata',
): Promise<void> {
  await withSaveLock(client, holder, async () => {
    if (isSingleRelationUpdate(steps)) return patchRelation(client, steps[0], overwrite);
    // The schema changed between the diff and the apply (a write from outside Relata): read it
    // again. If what the steps replace changed, the next attempt's precondition check says
    // what; if something else changed, the same steps are still what the user asked for.
    for (let tries = 1; ; tries += 1) {
      if ((await attempt(client, steps, overwrite)) === 'applied') return;
      if (tries === MAX_ATTEMPTS)
        throw new ConflictError([
          {
            target: 'schema',
            message: 'The data model kept changing in Directus while this was being saved.',
            differences: [],
          },
        ]);
    }
  });
}
