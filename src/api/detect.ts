// Which dialect to speak, from what the server answers rather than from its URL: a relation row
// with many_collection and no collection is the 9.0 RCs' id-addressed API; an empty or unreadable
// list falls back to the version /server/info reports to an admin.
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

export async function detectGeneration(client: RelataClient): Promise<Generation> {
  const rows = await call(() =>
    client.request(customEndpoint<unknown>({ path: '/relations', params: { limit: 1 } })),
  ).catch(() => null);
  const fromRows = generationOfRows(rows);
  if (fromRows) return fromRows;
  const version = await versionOf(client);
  return version && isLegacyVersion(version) ? 'legacy' : 'current';
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

/** `holder` names who saves, for the save lock other Relata editors see. */
export async function createGateway(
  client: RelataClient,
  choice: DialectChoice,
  holder: string,
): Promise<Gateway> {
  switch (choice) {
    case 'rest':
      return createRestGateway(client, holder);
    case 'rest-legacy':
      return createLegacyRestGateway(client);
    case 'graphql':
      return createGraphqlGateway(client, await detectGraphqlGeneration(client));
    case 'auto':
      return (await detectGeneration(client)) === 'legacy'
        ? createLegacyRestGateway(client)
        : createRestGateway(client, holder);
  }
}
