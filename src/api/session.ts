// Connecting: URL checks, reachability (telling CORS from a dead host), sign-in, admin check.
import { readMe, readPolicyGlobals, serverPing } from '@directus/sdk';
import { createAnonymousClient, createClient, type Credentials, type RelataClient } from './client';
import { RelataError, toRelataError } from './errors';
import type { Gateway } from './gateway';
import { createRestGateway } from './rest/rest-gateway';

export interface Session {
  url: string;
  client: RelataClient;
  /** How the model is read and changes are committed. */
  gateway: Gateway;
  user: { id: string; email: string | null };
  isAdmin: boolean;
}

export function normalizeUrl(input: string): string {
  const trimmed = input.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new RelataError(
      'malformed-url',
      `"${trimmed}" is not a URL. Enter the full address, for example http://127.0.0.1:8055.`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new RelataError(
      'malformed-url',
      `"${trimmed}" is not an http(s) address. Enter the full address, for example http://127.0.0.1:8055.`,
    );
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/**
 * A failed fetch doesn't say why. A `no-cors` request still succeeds when the server
 * answers, so success there means the browser blocked the real one: CORS.
 */
async function diagnoseUnreachable(url: string): Promise<RelataError> {
  try {
    await fetch(`${url}/server/ping`, { mode: 'no-cors' });
  } catch {
    return new RelataError(
      'unreachable',
      `Could not reach Directus at ${url}. Check that the server is running and that the URL is right.`,
    );
  }
  return new RelataError(
    'cors',
    `Directus at ${url} answered, but its CORS settings do not allow this page (${window.location.origin}). ` +
      `Set CORS_ENABLED=true and add ${window.location.origin} to CORS_ORIGIN in the Directus environment, then restart Directus.`,
  );
}

async function checkIsDirectus(client: RelataClient, url: string) {
  let pong: unknown;
  try {
    pong = await client.request(serverPing());
  } catch (error) {
    if (error instanceof TypeError) throw await diagnoseUnreachable(url);
    throw new RelataError(
      'not-directus',
      `${url} answered, but not like a Directus server (GET /server/ping failed).`,
    );
  }
  if (pong !== 'pong')
    throw new RelataError('not-directus', `${url} answered, but not like a Directus server.`);
}

/** Whether the signed-in user has admin access: the one thing that decides if Relata may write. */
export async function readIsAdmin(client: RelataClient): Promise<boolean> {
  try {
    const globals = await client.request(readPolicyGlobals());
    return globals.admin_access === true;
  } catch {
    // Directus 10 has no policies: admin access is a property of the role.
    const me = await client.request(readMe({ fields: ['role.admin_access'] }));
    return (me as { role?: { admin_access?: unknown } | null }).role?.admin_access === true;
  }
}

export async function connect(rawUrl: string, credentials: Credentials): Promise<Session> {
  const url = normalizeUrl(rawUrl);
  try {
    const anonymous = createAnonymousClient(url);
    await checkIsDirectus(anonymous, url);
    const client = await createClient(url, credentials);
    const me = (await client.request(readMe({ fields: ['id', 'email'] }))) as {
      id: string;
      email?: string | null;
    };
    const isAdmin = await readIsAdmin(client);
    return {
      url,
      client,
      gateway: createRestGateway(client),
      user: { id: me.id, email: me.email ?? null },
      isAdmin,
    };
  } catch (error) {
    throw toRelataError(error);
  }
}
