// The one Directus client. Tokens live only inside it (the SDK's memory storage), never
// in localStorage or the URL. Every request goes through the session watch, which tells a
// session that ended from a refusal.
import {
  authentication,
  createDirectus,
  rest,
  staticToken,
  type DirectusClient,
  type RestClient,
} from '@directus/sdk';
import { createSessionWatch, type SessionWatch } from './session-watch';

// Relata reads any project's model, so it has no compile-time schema to give the SDK.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnySchema = any;
export type RelataClient = DirectusClient<AnySchema> & RestClient<AnySchema>;

export type Credentials =
  { method: 'token'; token: string } | { method: 'password'; email: string; password: string };

export interface SignedInClient {
  client: RelataClient;
  watch: SessionWatch;
  /** Ends the session on the server (email and password: /auth/logout); a static token has none. */
  signOut: () => Promise<void>;
}

export function createAnonymousClient(url: string): RelataClient {
  return createDirectus<AnySchema>(url).with(rest());
}

/** Creates the client; for email and password it also signs in (auto-refreshing in memory). */
export async function createClient(url: string, credentials: Credentials): Promise<SignedInClient> {
  const watch = createSessionWatch(credentials.method);
  const base = createDirectus<AnySchema>(url, { globals: { fetch: watch.fetch } });
  if (credentials.method === 'token') {
    const client = base.with(staticToken(credentials.token)).with(rest());
    return { client, watch, signOut: async () => undefined };
  }
  const client = base
    .with(authentication('json', { autoRefresh: true, storage: watch.storage }))
    .with(rest());
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
