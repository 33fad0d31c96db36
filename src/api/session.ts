// Connecting: URL checks, reachability (telling CORS from a dead host), sign-in, admin check.
import { readMe, readPolicyGlobals, serverPing } from '@directus/sdk';
import {
  createAnonymousClient,
  createClient,
  type Credentials,
  type RelataClient,
  type SignedInClient,
} from './client';
import { RelataError, toRelataError } from './errors';
import { createGateway, type DialectChoice } from './detect';
import type { Gateway } from './gateway';
import type { SessionWatch } from './session-watch';
import { cleanCredentials, normalizeUrl } from './url';

export interface Session {
  url: string;
  client: RelataClient;
  /** How the model is read and changes are committed. */
  gateway: Gateway;
  user: { id: string; email: string | null };
  isAdmin: boolean;
  /** How the user signed in, and whether Directus still accepts the session. */
  watch: SessionWatch;
  /** Ends the session on the server: /auth/logout for email and password; nothing for a static token. */
  signOut: () => Promise<void>;
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
  let signedIn: SignedInClient | null = null;
  try {
    const anonymous = createAnonymousClient(url);
    await checkIsDirectus(anonymous, url);
    signedIn = await createClient(url, cleanCredentials(credentials));
    const { client, watch, signOut } = signedIn;
    const me = (await client.request(readMe({ fields: ['id', 'email'] }))) as {
      id: string;
      email?: string | null;
    };
    const isAdmin = await readIsAdmin(client);
    // Detected from what the server answers once signed in (anonymous reads of relations are empty).
    const gateway = await createGateway(client, dialect, me.email ?? me.id);
    watch.establish();
    return {
      url,
      client,
      gateway,
      user: { id: me.id, email: me.email ?? null },
      isAdmin,
      watch,
      signOut,
    };
  } catch (error) {
    // Signed in but not connected (a later check failed): leave no session behind.
    void signedIn?.signOut().catch(() => undefined);
    throw toRelataError(error);
  }
}
