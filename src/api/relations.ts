// Writes to /relations and /fields through the SDK. Every call maps its failure to a
// RelataError; nothing here retries (writes never repeat by themselves).
import {
  createField,
  createRelation,
  deleteField,
  deleteRelation,
  readRelation,
  updateRelation,
} from '@directus/sdk';
import type { DirectusRelation } from '../domain/directus-types';
import type { Step } from '../domain/editing/plan';
import type { RelataClient } from './client';
import { RelataError, toRelataError } from './errors';
import { parseRelation } from './parse';

async function call<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toRelataError(error);
  }
}

/** The relation as the server has it now, or null when it is gone (Directus answers 403). */
export async function fetchRelation(
  client: RelataClient,
  collection: string,
  field: string,
): Promise<DirectusRelation | null> {
  try {
    return parseRelation(await call(() => client.request(readRelation(collection, field))));
  } catch (error) {
    if (error instanceof RelataError && error.kind === 'forbidden') return null;
    throw error;
  }
}

export async function patchRelation(client: RelataClient, body: DirectusRelation): Promise<DirectusRelation> {
  // The SDK's types describe its own schema generics; the body is the full relation object.
  return parseRelation(
    await call(() => client.request(updateRelation(body.collection, body.field, body as never))),
  );
}

export async function runStep(client: RelataClient, step: Step): Promise<void> {
  switch (step.kind) {
    case 'createField':
      await call(() => client.request(createField(step.collection, step.field as never)));
      return;
    case 'createRelation':
      await call(() => client.request(createRelation(step.relation as never)));
      return;
    case 'deleteRelation':
      await call(() => client.request(deleteRelation(step.collection, step.field)));
      return;
    case 'deleteField':
      await call(() => client.request(deleteField(step.collection, step.field)));
      return;
  }
}
