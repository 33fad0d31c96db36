import type { RelataClient } from '../client';
import type { Gateway } from '../gateway';
import { readModel } from './read-model';
import { commitWithSchemaApply } from './schema-apply';

/** The current REST API (Directus 9 final to 12), through the official SDK; `holder` names who saves. */
export function createRestGateway(client: RelataClient, holder: string): Gateway {
  return {
    dialect: 'rest',
    readModel: () => readModel(client),
    commit: (steps, options) => commitWithSchemaApply(client, steps, options, holder),
  };
}
