// Connecting: URL checks, reachability (telling CORS from a dead host), sign-in, admin check.
import { readMe, readPolicyGlobals, serverPing } from '@directus/sdk';
import { createAnonymousClient, createClient, type Credentials, type RelataClient } from './client';
import { RelataError, toRelataError } from './errors';
import { createGateway, type DialectChoice } from './detect';
import type { Gateway } from './gateway';

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

async function readIsAdmin(client: RelataClient): Promise<boolean> {
  try {
    const globals = await client.request(readPolicyGlobals());
    return globals.admin_access === true;
  } catch {
    // Directus 10 and the 9.0 RCs have no policies (rc.64: ROUTE_NOT_FOUND): admin access is a
    // property of the role, and rc.64 answers role.admin_access on /users/me too.
    const me = await client.request(readMe({ fields: ['role.admin_access'] }));
    return (me as { role?: { admin_access?: unknown } | null }).role?.admin_access === true;
  }
}

export async function connect(
  rawUrl: string,
  credentials: Credentials,
  dialect: DialectChoice = 'auto',
): Promise<Session> {
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
    // Detected from what the server answers once signed in (anonymous reads of relations are empty).
    const gateway = await createGateway(client, dialect);
    return {
      url,
      client,
      gateway,
      user: { id: me.id, email: me.email ?? null },
      isAdmin,
    };
  } catch (error) {
    throw toRelataError(error);
  }
}
