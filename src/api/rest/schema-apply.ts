// All or nothing, with the only compare-and-swap Directus offers: read the snapshot, check that
// what the plan replaces is what the user saw, diff the planned snapshot, check the diff holds
// nothing else, and apply it with the diff's hash (Directus refuses it if the schema changed).
import { schemaApply, schemaDiff, schemaSnapshot } from '@directus/sdk';
import { applySteps } from '../../domain/changes/apply-steps';
import { checkPreconditions } from '../../domain/changes/preconditions';
import type { Step } from '../../domain/changes/steps';
import { verifyDiff, type SchemaDiff } from '../../domain/changes/verify-diff';
import type { DirectusSchema } from '../../domain/directus-types';
import type { RelataClient } from '../client';
import { ConflictError, RelataError } from '../errors';
import type { CommitOptions } from '../gateway';
import { parseCollections, parseFields, parseRelations } from '../parse';
import { call } from '../request';

interface Snapshot extends DirectusSchema {
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

export async function commitWithSchemaApply(
  client: RelataClient,
  steps: readonly Step[],
  { overwrite = false }: CommitOptions = {},
): Promise<void> {
  const snapshot = parseSnapshot(await call(() => client.request(schemaSnapshot())));
  if (!overwrite) {
    const conflicts = checkPreconditions(snapshot, steps);
    if (conflicts.length) throw new ConflictError(conflicts);
  }
  const planned = { ...snapshot, ...applySteps(snapshot, steps) };
  // The SDK's type wants its own snapshot shape; this is one, read from the server a moment ago.
  const answer = (await call(() => client.request(schemaDiff(planned as never)))) as {
    hash: string;
    diff: SchemaDiff;
  } | null;
  if (!answer) return; // 204: the server already holds exactly this.
  const conflicts = verifyDiff(snapshot, answer.diff, steps);
  if (conflicts.length) throw new ConflictError(conflicts);
  try {
    await call(() => client.request(schemaApply(answer as never)));
  } catch (error) {
    if (error instanceof RelataError && error.kind === 'invalid-payload' && HASH_MISMATCH.test(error.message))
      throw new ConflictError([
        {
          target: 'schema',
          message: 'The data model changed in Directus while this was being saved.',
          differences: [],
        },
      ]);
    throw error;
  }
}
