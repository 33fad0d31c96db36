// The model over REST: the three lists, asked for together.
import { readCollections, readFields, readRelations } from '@directus/sdk';
import type { DirectusSchema } from '../../domain/directus-types';
import type { RelataClient } from '../client';
import { parseCollections, parseFields, parseRelations } from '../parse';
import { call } from '../request';

export async function readModel(client: RelataClient): Promise<DirectusSchema> {
  const [collections, fields, relations] = await Promise.all([
    call(() => client.request(readCollections())),
    call(() => client.request(readFields())),
    call(() => client.request(readRelations())),
  ]);
  return {
    collections: parseCollections(collections),
    fields: parseFields(fields),
    relations: parseRelations(relations),
  };
}
