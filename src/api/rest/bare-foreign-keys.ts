// A foreign key without a relation row: made outside Directus, or what SQLite keeps after a
// relation is deleted (it cannot drop an unnamed constraint). /relations lists it with
// `meta: null`; /schema/snapshot leaves it out, and /schema/apply can neither edit it (not in
// the snapshot) nor create a relation on it ("already has an associated relationship", 12.4.0
// and 11.16.1). Only PATCH /relations/:collection/:field attaches a relation row to it.
import { readRelation, updateRelation } from '@directus/sdk';
import type { Step } from '../../domain/changes/steps';
import type { DirectusRelation, DirectusSchema } from '../../domain/directus-types';
import { draftFromRelation, updateRequestBody } from '../../domain/editing/draft';
import { relationKey } from '../../domain/model';
import type { RelataClient } from '../client';
import { RelataError } from '../errors';
import { parseRelation } from '../parse';
import { call } from '../request';

const relationOf = (step: Step): DirectusRelation | null =>
  step.kind === 'createRelation' || step.kind === 'updateRelation' ? step.relation : null;

/** The bare foreign keys the steps put a relation on, as /relations has them. */
export async function bareForeignKeysTouched(
  client: RelataClient,
  snapshot: DirectusSchema,
  steps: readonly Step[],
): Promise<DirectusRelation[]> {
  const targets = steps.flatMap((step) => relationOf(step) ?? []);
  const bare = targets.filter(
    (target) =>
      !snapshot.relations.some((r) => r.collection === target.collection && r.field === target.field) &&
      snapshot.fields.some(
        (f) => f.collection === target.collection && f.field === target.field && f.schema?.foreign_key_table,
      ),
  );
  return Promise.all(
    bare.map(async ({ collection, field }) =>
      parseRelation(await call(() => client.request(readRelation(collection, field)))),
    ),
  );
}

/** Saves a relation onto a bare foreign key: one PATCH, so only a plan of that one step. */
export async function saveOnBareForeignKey(client: RelataClient, steps: readonly Step[]): Promise<void> {
  const relations = steps.flatMap((step) => relationOf(step) ?? []);
  const [relation] = relations;
  if (!relation || steps.length !== 1)
    throw new RelataError(
      'unknown',
      `Directus has a foreign key on ${relation ? relationKey(relation) : 'this field'} without a relation row, ` +
        'and can attach one only on its own: save the relation first, then the rest. Nothing was saved.',
    );
  await call(() =>
    client.request(
      updateRelation(
        relation.collection,
        relation.field,
        updateRequestBody(draftFromRelation(relation)) as never,
      ),
    ),
  );
}
