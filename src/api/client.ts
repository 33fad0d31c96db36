// The one Directus client. Tokens live only inside it (the SDK's memory storage), never
// in localStorage or the URL. Every request goes through the session watch, which tells a
// session that ended from a refusal.
import {
  authentication,
  createDirectus,
  graphql,
  rest,
  staticToken,
  type DirectusClient,
  type GraphqlClient,
  type RestClient,
} from '@directus/sdk';
import { createSessionWatch, type SessionWatch } from './session-watch';

// Relata reads any project's model, so it has no compile-time schema to give the SDK.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnySchema = any;
export type RelataClient = DirectusClient<AnySchema> & RestClient<AnySchema> & GraphqlClient<AnySchema>;

export type Credentials =
  { method: 'token'; token: string } | { method: 'password'; email: string; password: string };

export interface SignedInClient {
  client: RelataClient;
  watch: SessionWatch;
  /** Ends the session on the server (email and password: /auth/logout); a static token has none. */
  signOut: () => Promise<void>;
}

/**
 * The 9.0 release candidates answer PATCH and DELETE /relations/:id with 200, a JSON content type
 * and an empty body (recorded/directus-9.0.0-rc.64-sqlite/10, 14), which the SDK fails to parse.
 * Such an answer is passed on without its content type: the SDK then hands back the Response and
 * `call` reads it as "no body", so each caller can say what no body means.
 */
export async function emptyBodyAwareFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const response = await globalThis.fetch(input, init);
  if (response.headers.get('content-length') !== '0') return response;
  const headers = new Headers(response.headers);
  headers.delete('content-type');
  return new Response(null, { status: response.status, statusText: response.statusText, headers });
}

const options = { globals: { fetch: emptyBodyAwareFetch } };

export function createAnonymousClient(url: string): RelataClient {
  return createDirectus<AnySchema>(url, options).with(rest()).with(graphql());
}

/** Creates the client; for email and password it also signs in (auto-refreshing in memory). */
export async function createClient(url: string, credentials: Credentials): Promise<SignedInClient> {
  const watch = createSessionWatch(credentials.method, emptyBodyAwareFetch);
  const base = createDirectus<AnySchema>(url, { globals: { fetch: watch.fetch } });
  if (credentials.method === 'token') {
    const client = base.with(staticToken(credentials.token)).with(rest()).with(graphql());
    return { client, watch, signOut: async () => undefined };
  }
  const client = base
    .with(authentication('json', { autoRefresh: true, storage: watch.storage }))
    .with(rest())
    .with(graphql());
  await client.login(credentials.email, credentials.password);
  return {
    client,
    watch,
    signOut: async () => {
      try {
        if (!watch.isEnded()) await client.logout();
      } catch (error) {
        // Directus refusing the logout means the session is already gone; not reaching it
        // means it may still be open, which the caller says.
        if (!(typeof error === 'object' && error !== null && 'errors' in error)) throw error;
      } finally {
        client.stopRefreshing();
      }
    },
  };
}
