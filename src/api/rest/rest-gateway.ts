import type { RelataClient } from '../client';
import type { Gateway } from '../gateway';
import { readModel } from './read-model';
import { commitWithSchemaApply } from './schema-apply';
import { diffWithSchema } from './schema-diff';

/** The current REST API (Directus 9 final to 12), through the official SDK. */
export function createRestGateway(client: RelataClient): Gateway {
  return {
    dialect: 'rest',
    readModel: () => readModel(client),
    commit: (steps, options) => commitWithSchemaApply(client, steps, options),
    diff: (steps) => diffWithSchema(client, steps),
  };
}
