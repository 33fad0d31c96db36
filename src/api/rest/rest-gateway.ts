import type { RelataClient } from '../client';
import type { Gateway } from '../gateway';
import { commitOrdered } from '../ordered-commit';
import { wireCalls } from '../requests/calls';
import { readModel } from './read-model';
import { restStepRunner } from './rest-steps';
import { commitWithSchemaApply, readSnapshot } from './schema-apply';

/** /schema/apply is one transaction on SQLite and PostgreSQL, not on MySQL/MariaDB. */
const isMysql = (vendor: string | undefined) => vendor === 'mysql' || vendor === 'mariadb';

/** The current REST API (Directus 9 final to 12), through the official SDK. */
export function createRestGateway(client: RelataClient): Gateway {
  return {
    dialect: 'rest',
    generation: 'current',
    readModel: () => readModel(client),
    commit: async (steps, options) => {
      const snapshot = await readSnapshot(client);
      if (!isMysql(snapshot.vendor)) return commitWithSchemaApply(client, steps, options, snapshot);
      // The snapshot leaves out what has no meta (a foreign key without its relation row): read
      // the lists, as the diagram does, for the checks and for POST-or-PATCH.
      return commitOrdered(
        restStepRunner(client, () => readModel(client)),
        steps,
        options,
      );
    },
    calls: (steps, schema) => wireCalls(steps, 'current', schema),
  };
}
