// Checks against a Directus 9.0 release candidate over its own REST API, by row id, with plain
// fetch and the admin token (the SDK's relation calls speak only the current API).
import type { RunningDirectus } from './directus';

export interface LegacyRow {
  id?: number;
  many_collection: string;
  many_field: string;
  one_collection: string | null;
  one_field: string | null;
  junction_field: string | null;
  sort_field: string | null;
  one_allowed_collections: string[] | null;
  system?: boolean;
}

async function send(directus: RunningDirectus, method: string, path: string, body?: unknown) {
  const response = await fetch(`${directus.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${directus.token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, data: text ? (JSON.parse(text) as { data?: unknown }).data : null };
}

export async function legacyRequest(directus: RunningDirectus, method: string, path: string, body?: unknown) {
  const { status, data } = await send(directus, method, path, body);
  if (status >= 400) throw new Error(`${method} ${path} answered ${status}`);
  return data;
}

/** Every row the admin sees, the server's own included. */
export async function legacyRows(directus: RunningDirectus): Promise<LegacyRow[]> {
  return (await legacyRequest(directus, 'GET', '/relations?limit=-1')) as LegacyRow[];
}

/** The user rows for one many side, by collection and field (rc.64 allows duplicates). */
export async function rowsFor(directus: RunningDirectus, collection: string, field: string) {
  return (await legacyRows(directus)).filter(
    (row) => !row.system && row.many_collection === collection && row.many_field === field,
  );
}

/** One row by id; null when Directus answers 403 (gone or hidden). */
export async function legacyRow(directus: RunningDirectus, id: number): Promise<LegacyRow | null> {
  const { status, data } = await send(directus, 'GET', `/relations/${id}`);
  if (status === 403) return null;
  if (status >= 400) throw new Error(`GET /relations/${id} answered ${status}`);
  return data as LegacyRow;
}

export async function addField(
  directus: RunningDirectus,
  collection: string,
  field: string,
  type = 'integer',
) {
  await legacyRequest(directus, 'POST', `/fields/${collection}`, {
    field,
    type,
    meta: { interface: 'text-input' },
    schema: {},
  });
}
