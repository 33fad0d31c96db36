// Which dialect to speak, from what the server answers rather than from its URL: a relation row
// with many_collection and no collection is the 9.0 RCs' id-addressed API; an empty or unreadable
// list falls back to the version /server/info reports to an admin. The rows read for this are
// the whole list, handed on to the gateway as its first read's relations.
import { customEndpoint, serverInfo } from '@directus/sdk';
import type { RelataClient } from './client';
import type { Dialect, Gateway, Generation } from './gateway';
import { createGraphqlGateway } from './graphql/graphql-gateway';
import { isLegacyRow } from './legacy/rows';
import { createLegacyRestGateway } from './legacy/legacy-gateway';
import { call } from './request';
import { createRestGateway } from './rest/rest-gateway';

/** What the connect screen offers: detection, or a dialect a server speaks (a file is no server). */
export type DialectChoice = 'auto' | Exclude<Dialect, 'file'>;

/** The release candidates before rc.83 (which already has the current API) are id-addressed. */
export function isLegacyVersion(version: string): boolean {
  const match = /^9\.0\.0-rc\.(\d+)/.exec(version);
  return match !== null && Number(match[1]) < 83;
}

/** From one relation row as GET /relations answers it; null when it says nothing. */
export function generationOfRows(rows: unknown): Generation | null {
  if (!Array.isArray(rows) || rows.length === 0) return null;
  const [first] = rows as unknown[];
  if (isLegacyRow(first)) return 'legacy';
  return typeof first === 'object' && first !== null && 'collection' in first ? 'current' : null;
}

async function versionOf(client: RelataClient): Promise<string | null> {
  try {
    const info = (await call(() => client.request(serverInfo()))) as {
      directus?: { version?: unknown };
    } | null;
    return typeof info?.directus?.version === 'string' ? info.directus.version : null;
  } catch {
    return null;
  }
}

/**
 * Every relation row (limit=-1: the 9.0 RCs page them; today's /relations ignores it), or null
 * when the list cannot be read.
 */
export async function readRelationRows(client: RelataClient, limit = -1): Promise<unknown[] | null> {
  try {
    const rows = await call(() =>
      client.request(customEndpoint<unknown>({ path: '/relations', params: { limit } })),
    );
    return Array.isArray(rows) ? rows : null;
  } catch {
    return null;
  }
}

async function generationFrom(client: RelataClient, rows: unknown[] | null): Promise<Generation> {
  const fromRows = generationOfRows(rows);
  if (fromRows) return fromRows;
  const version = await versionOf(client);
  return version && isLegacyVersion(version) ? 'legacy' : 'current';
}

/** From one relation row, else the version. */
export async function detectGeneration(client: RelataClient): Promise<Generation> {
  return generationFrom(client, await readRelationRows(client, 1));
}

/** What /graphql/system offers: relations_by_id is the 9.0 RCs', relations_by_name today's. */
export async function detectGraphqlGeneration(client: RelataClient): Promise<Generation> {
  const data = (await call(() =>
    client.query<{ __type?: { fields?: { name: string }[] } | null }>(
      '{ __type(name: "Query") { fields { name } } }',
      {},
      'system',
    ),
  )) as { __type?: { fields?: { name: string }[] } | null } | null;
  const names = new Set((data?.__type?.fields ?? []).map((field) => field.name));
  if (names.has('relations_by_id')) return 'legacy';
  if (names.has('relations_by_name')) return 'current';
  return detectGeneration(client);
}

/**
 * `holder` names who saves, for the save lock other Relata editors see. `relationRows`, for
 * detection: the whole list read while connecting (readRelationRows), which also becomes the
 * first model read's relations instead of being asked for again.
 */
export async function createGateway(
  client: RelataClient,
  choice: DialectChoice,
  holder: string,
  relationRows?: Promise<unknown[] | null>,
): Promise<Gateway> {
  switch (choice) {
    case 'rest':
      return createRestGateway(client, holder);
    case 'rest-legacy':
      return createLegacyRestGateway(client);
    case 'graphql':
      return createGraphqlGateway(client, await detectGraphqlGeneration(client));
    case 'auto': {
      const rows = await (relationRows ?? readRelationRows(client));
      return (await generationFrom(client, rows)) === 'legacy'
        ? createLegacyRestGateway(client, rows)
        : createRestGateway(client, holder, rows);
    }
  }
}
