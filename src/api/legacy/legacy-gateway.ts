// The id-addressed REST API of the Directus 9.0 release candidates. Collections and fields are
// read and written as today (same paths); relation rows through the SDK's customEndpoint, since
// its relation composables speak only the current API.
import { customEndpoint, readCollections, readFields } from '@directus/sdk';
import type { DirectusSchema } from '../../domain/directus-types';
import type { RelataClient } from '../client';
import { RelataError } from '../errors';
import { takeOnce } from '../first-read';
import type { Gateway } from '../gateway';
import { commitOrdered } from '../ordered-commit';
import { parseCollections, parseFields } from '../parse';
import { call } from '../request';
import { wireCalls } from '../requests/calls';
import { restCall } from '../requests/rest-calls';
import { sendRest } from '../rest/send-rest';
import { legacyStepRunner, withRowsReadById } from './legacy-steps';
import { parseLegacyRow, parseLegacyRows, relationFromLegacyRow, type LegacyRelationRow } from './rows';

async function readRows(client: RelataClient): Promise<LegacyRelationRow[]> {
  return parseLegacyRows(
    await call(() => client.request(customEndpoint<unknown>({ path: '/relations', params: { limit: -1 } }))),
  );
}

/** One row by id; null when the server says it is not there (403, as for anything hidden). */
export async function readRow(client: RelataClient, id: number): Promise<LegacyRelationRow | null> {
  try {
    const row = await call(() => client.request(customEndpoint<unknown>({ path: `/relations/${id}` })));
    const parsed = row == null ? null : parseLegacyRow(row);
    return parsed?.id === id ? parsed : null;
  } catch (error) {
    if (error instanceof RelataError && error.kind === 'forbidden') return null;
    throw error;
  }
}

/** `relationRows`: GET /relations as already read (while connecting), not asked for again. */
export async function readLegacyModel(
  client: RelataClient,
  relationRows: unknown[] | null = null,
): Promise<DirectusSchema> {
  const readAlready = relationRows && parseLegacyRows(relationRows);
  const [collections, fields, rows] = await Promise.all([
    call(() => client.request(readCollections())),
    call(() => client.request(readFields())),
    readAlready ?? readRows(client),
  ]);
  return {
    collections: parseCollections(collections),
    fields: parseFields(fields),
    relations: rows.map(relationFromLegacyRow),
  };
}

/** `relationRows`: GET /relations as read while connecting, for the first model read. */
export function createLegacyRestGateway(client: RelataClient, relationRows?: unknown[] | null): Gateway {
  const connectRows = takeOnce(relationRows);
  const runner = legacyStepRunner(
    (group, schema) => sendRest(client, restCall(group, { generation: 'legacy', schema })),
    async (steps) =>
      withRowsReadById(
        await readLegacyModel(client),
        steps,
        (id) => readRow(client, id),
        relationFromLegacyRow,
      ),
  );
  return {
    dialect: 'rest-legacy',
    generation: 'legacy',
    readModel: () => readLegacyModel(client, connectRows()),
    commit: (steps, options) => commitOrdered(runner, steps, options),
    calls: (steps, schema) => wireCalls(steps, 'legacy', schema),
  };
}
