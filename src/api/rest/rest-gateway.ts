import type { RelataClient } from '../client';
import { takeOnce } from '../first-read';
import type { Gateway } from '../gateway';
import { commitOrdered } from '../ordered-commit';
import { wireCalls } from '../requests/calls';
import { readModel } from './read-model';
import { restStepRunner } from './rest-steps';
import { withSaveLock } from './save-lock';
import { commitWithSchemaApply, readSnapshot } from './schema-apply';
import { diffWithSchema } from './schema-diff';

/** /schema/apply is one transaction on SQLite and PostgreSQL, not on MySQL/MariaDB. */
const isMysql = (vendor: string | undefined) => vendor === 'mysql' || vendor === 'mariadb';

/**
 * The current REST API (Directus 9 final to 12), through the official SDK; `holder` names who
 * saves. `relationRows`: GET /relations as read while connecting, for the first model read.
 */
export function createRestGateway(
  client: RelataClient,
  holder: string,
  relationRows?: unknown[] | null,
): Gateway {
  const connectRows = takeOnce(relationRows);
  /** The database vendor, read once: it decides between /schema/apply and ordered steps. */
  let vendor: Promise<string | undefined> | undefined;
  return {
    dialect: 'rest',
    generation: 'current',
    readModel: () => readModel(client, connectRows()),
    commit: async (steps, options) => {
      // A failed read is not kept: the next save asks again (the server may be back).
      vendor ??= readSnapshot(client).then(
        (snapshot) => snapshot.vendor,
        (error: unknown) => {
          vendor = undefined;
          throw error;
        },
      );
      if (!isMysql(await vendor)) return commitWithSchemaApply(client, steps, options, holder);
      // The snapshot leaves out what has no meta (a foreign key without its relation row): read
      // the lists, as the diagram does, for the checks and for POST-or-PATCH.
      return withSaveLock(client, holder, () =>
        commitOrdered(
          restStepRunner(client, () => readModel(client)),
          steps,
          options,
        ),
      );
    },
    calls: (steps, schema) => wireCalls(steps, 'current', schema),
    diff: (steps) => diffWithSchema(client, steps),
  };
}
