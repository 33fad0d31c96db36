// Connecting: URL checks, sign-in, who signed in and whether as an admin, and the dialect. When
// any of it fails, why: a dead host, CORS, or a server that is not Directus.
import { serverPing } from '@directus/sdk';
import {
  createAnonymousClient,
  createClient,
  type Credentials,
  type RelataClient,
  type SignedInClient,
} from './client';
import { isDirectusError, RelataError, toRelataError } from './errors';
import { createGateway, readRelationRows, type DialectChoice } from './detect';
import type { Gateway } from './gateway';
import type { SessionWatch } from './session-watch';
import { cleanCredentials, normalizeUrl } from './url';
import { readWhoAmI, type Me } from './who-am-i';

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

/**
 * Asked only once an answer was not a Directus error body (an HTML 404 from another server):
 * /server/ping tells another server from a Directus that answered oddly (null then).
 */
async function notDirectus(url: string): Promise<RelataError | null> {
  let pong: unknown;
  try {
    pong = await createAnonymousClient(url).request(serverPing());
  } catch (error) {
    if (error instanceof TypeError) return diagnoseUnreachable(url);
    return new RelataError(
      'not-directus',
      `${url} answered, but not like a Directus server (GET /server/ping failed).`,
    );
  }
  return pong === 'pong'
    ? null
    : new RelataError('not-directus', `${url} answered, but not like a Directus server.`);
}

/** Why signing in or asking who signed in failed, in words a person can act on. */
async function explain(error: unknown, url: string): Promise<RelataError> {
  if (error instanceof TypeError) return diagnoseUnreachable(url);
  if (error instanceof RelataError || isDirectusError(error)) return toRelataError(error);
  return (await notDirectus(url)) ?? toRelataError(error);
}

export async function connect(
  rawUrl: string,
  credentials: Credentials,
  dialect: DialectChoice = 'auto',
): Promise<Session> {
  const url = normalizeUrl(rawUrl);
  let signedIn: SignedInClient | null = null;
  try {
    // Nothing is asked before signing in: only a failure is looked into (ping, CORS).
    let me: Me;
    let relationRows: Promise<unknown[] | null> | undefined;
    try {
      signedIn = await createClient(url, cleanCredentials(credentials));
      // Read alongside: they tell the dialect, and are the first diagram's relations.
      relationRows = dialect === 'auto' ? readRelationRows(signedIn.client) : undefined;
      me = await readWhoAmI(signedIn.client);
    } catch (error) {
      throw await explain(error, url);
    }
    const { client, watch, signOut } = signedIn;
    // Detected from what the server answers once signed in (anonymous reads of relations are empty).
    const gateway = await createGateway(client, dialect, me.email ?? me.id, relationRows);
    watch.establish();
    return {
      url,
      client,
      gateway,
      user: { id: me.id, email: me.email },
      isAdmin: me.isAdmin,
      watch,
      signOut,
    };
  } catch (error) {
    // Signed in but not connected (a later check failed): leave no session behind.
    void signedIn?.signOut().catch(() => undefined);
    throw toRelataError(error);
  }
}
