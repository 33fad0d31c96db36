// A session on credentials the host page already holds: inside the Data Studio, its own SDK
// client, whose requests carry the Studio's session cookie (same origin, so no CORS and no token)
// and which the Studio itself refreshes. Relata never signs in or refreshes on its own here: two
// refreshers of one session would each rotate the refresh token under the other.
import { createDirectus, graphql, readMe, rest } from '@directus/sdk';
import type { RelataClient } from './client';
import { toRelataError } from './errors';
import { createRestGateway } from './rest/rest-gateway';
import type { Session } from './session';
import { readIsAdmin } from './who-am-i';
import { createSessionWatch } from './session-watch';

/** Without the Studio's client (older hosts): plain requests that carry the session cookie. */
export function createCookieClient(url: string): RelataClient {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return createDirectus<any>(url)
    .with(rest({ credentials: 'include' }))
    .with(graphql({ credentials: 'include' }));
}

export async function openHostSession(url: string, client: RelataClient): Promise<Session> {
  try {
    const me = (await client.request(readMe({ fields: ['id', 'email'] }))) as {
      id: string;
      email?: string | null;
    };
    // The Studio refreshes and ends its own session: Relata only watches for refusals, as it
    // does for a static token, and has nothing of its own to sign out of.
    const watch = createSessionWatch('token');
    const session: Session = {
      url,
      client,
      gateway: createRestGateway(client, me.email ?? me.id),
      user: { id: me.id, email: me.email ?? null },
      isAdmin: await readIsAdmin(client),
      watch,
      signOut: async () => undefined,
    };
    watch.establish();
    return session;
  } catch (error) {
    throw toRelataError(error);
  }
}
