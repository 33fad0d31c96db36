// The model over REST: the three lists, asked for together (the relations only when not already read).
import { readCollections, readFields, readRelations } from '@directus/sdk';
import type { DirectusSchema } from '../../domain/directus-types';
import type { RelataClient } from '../client';
import { RelataError } from '../errors';
import { parseCollections, parseFields, parseRelations } from '../parse';
import { call } from '../request';

/**
 * A FORBIDDEN here comes with a session Directus still accepts (the session watch turns a
 * refused one into "session ended" first): the role may not read that part of the schema.
 */
async function list<T>(what: string, run: () => Promise<T>): Promise<T | null> {
  try {
    return await call(run);
  } catch (error) {
    if (error instanceof RelataError && error.kind === 'forbidden')
      throw new RelataError(
        'forbidden',
        `Your Directus role cannot read the data model: Directus refused to list its ${what}. ` +
          'Reading it needs read access to directus_collections, directus_fields and directus_relations; ' +
          'an admin can grant it in your role’s policies.',
        { code: error.code, status: error.status },
      );
    throw error;
  }
}

/** `relationRows`: GET /relations as already read (while connecting), not asked for again. */
export async function readModel(
  client: RelataClient,
  relationRows: unknown[] | null = null,
): Promise<DirectusSchema> {
  const [collections, fields, relations] = await Promise.all([
    list('collections', () => client.request(readCollections())),
    list('fields', () => client.request(readFields())),
    relationRows ?? list('relations', () => client.request(readRelations())),
  ]);
  return {
    collections: parseCollections(collections),
    fields: parseFields(fields),
    relations: parseRelations(relations),
  };
}
