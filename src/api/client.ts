// The one Directus client. Tokens live only inside it (the SDK's memory storage), never
// in localStorage or the URL.
import {
  authentication,
  createDirectus,
  rest,
  staticToken,
  type DirectusClient,
  type RestClient,
} from '@directus/sdk';

// Relata reads any project's model, so it has no compile-time schema to give the SDK.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnySchema = any;
export type RelataClient = DirectusClient<AnySchema> & RestClient<AnySchema>;

export type Credentials =
  { method: 'token'; token: string } | { method: 'password'; email: string; password: string };

export function createAnonymousClient(url: string): RelataClient {
  return createDirectus<AnySchema>(url).with(rest());
}

/** Creates the client; for email and password it also signs in (auto-refreshing in memory). */
export async function createClient(url: string, credentials: Credentials): Promise<RelataClient> {
  if (credentials.method === 'token') {
    return createDirectus<AnySchema>(url).with(staticToken(credentials.token)).with(rest());
  }
  const client = createDirectus<AnySchema>(url)
    .with(authentication('json', { autoRefresh: true }))
    .with(rest());
  await client.login(credentials.email, credentials.password);
  return client;
}
