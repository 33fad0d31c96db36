// Who signed in, and whether with admin access: the one thing that decides if Relata may write.
// Errors are thrown as the SDK threw them, so that connecting can tell a dead host, CORS and
// another server apart (see session.ts).
import { readMe, readPolicyGlobals } from '@directus/sdk';
import type { RelataClient } from './client';
import { isDirectusError, refusesCredentials } from './errors';

export interface Me {
  id: string;
  email: string | null;
  isAdmin: boolean;
}

/**
 * Both in one request on Directus 11 and later. policies_me_globals is in the schema only for
 * users who may read directus_policies (admins always may); Directus 10 and the 9.0 RCs have no
 * policies at all. Either way the query fails validation, and REST answers instead.
 */
export const WHO_AM_I = '{ users_me { id email } policies_me_globals { admin_access } }';

function userOf(value: unknown): Omit<Me, 'isAdmin'> | null {
  if (typeof value !== 'object' || value === null) return null;
  const { id, email } = value as { id?: unknown; email?: unknown };
  return typeof id === 'string' ? { id, email: typeof email === 'string' ? email : null } : null;
}

/** Anything but a network failure or refused credentials: REST may still answer. */
const restMayAnswer = (error: unknown) => !(error instanceof TypeError) && !refusesCredentials(error);

async function overGraphql(client: RelataClient): Promise<Me | null> {
  let data: unknown;
  try {
    data = await client.query<object>(WHO_AM_I, {}, 'system');
  } catch (error) {
    if (restMayAnswer(error)) return null;
    throw error;
  }
  const { users_me, policies_me_globals } = (data ?? {}) as {
    users_me?: unknown;
    policies_me_globals?: { admin_access?: unknown } | null;
  };
  const user = userOf(users_me);
  return user && { ...user, isAdmin: policies_me_globals?.admin_access === true };
}

/** Whether the signed-in user has admin access, in its own requests (policies, else the role). */
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

/**
 * Directus 9 and 10 keep admin access on the role: one request. Directus 11 and 12 leave out
 * role.admin_access, answering without `role` (11.16.1 and 12.4.0 then drop `email` too): the
 * user and the policies are asked for then, as is any refusal of the role.
 */
async function overRest(client: RelataClient): Promise<Me> {
  let me: unknown = null;
  try {
    me = await client.request(readMe({ fields: ['id', 'email', 'role.admin_access'] }));
  } catch (error) {
    if (!isDirectusError(error) || !restMayAnswer(error)) throw error;
  }
  const user = userOf(me);
  const role = (me as { role?: unknown } | null)?.role;
  // A user without a role (null) has no admin access on Directus 10.
  if (user && (role === null || typeof (role as { admin_access?: unknown })?.admin_access === 'boolean'))
    return { ...user, isAdmin: (role as { admin_access: boolean } | null)?.admin_access === true };
  const [found, isAdmin] = await Promise.all([
    client.request(readMe({ fields: ['id', 'email'] })),
    readIsAdmin(client),
  ]);
  const checked = userOf(found);
  // Another server answering 200 to everything (a web app's index page) gets here.
  if (!checked) throw new Error('GET /users/me answered without the user.');
  return { ...checked, isAdmin };
}

export async function readWhoAmI(client: RelataClient): Promise<Me> {
  return (await overGraphql(client)) ?? overRest(client);
}
