import { describe, expect, it } from 'vitest';
import { fakeClient, type Answer, type SentRequest } from '../testing/fake-client';
import { recorded } from '../testing/recorded';
import { readWhoAmI, WHO_AM_I } from './who-am-i';

const rc64 = (file: string) => recorded('directus-9.0.0-rc.64-sqlite', file);

const ME = { id: 'c464d552-a290-41b5-8e44-847cee45e0e3', email: 'someone@example.com' };

const ok = (data: unknown): Answer => ({ status: 200, response: { data } });

/** What Directus 10.13.4 (and 11+ for a user who may not read directus_policies) answers. */
const noPolicies: Answer = {
  status: 400,
  response: {
    errors: [
      {
        message: 'GraphQL validation error.',
        extensions: {
          errors: [{ message: 'Cannot query field "policies_me_globals" on type "Query".' }],
          code: 'GRAPHQL_VALIDATION',
        },
      },
    ],
  },
};

const refused: Answer = {
  status: 401,
  response: {
    errors: [{ message: 'Invalid user credentials.', extensions: { code: 'INVALID_CREDENTIALS' } }],
  },
};

const paths = (sent: SentRequest[]) => sent.map((request) => request.path);

describe('who signed in, and whether as an admin', () => {
  it('asks both in one GraphQL request on Directus 11 and later', async () => {
    for (const admin of [true, false]) {
      const client = fakeClient(() => ok({ users_me: ME, policies_me_globals: { admin_access: admin } }));
      expect(await readWhoAmI(client)).toEqual({ ...ME, isAdmin: admin });
      expect(client.sent).toEqual([
        { method: 'POST', path: '/graphql/system', body: { query: WHO_AM_I, variables: {} } },
      ]);
    }
  });

  it('asks REST once when GraphQL has no policies (Directus 10, the 9.0 RCs)', async () => {
    for (const admin of [true, false]) {
      const client = fakeClient((request) =>
        request.path === '/graphql/system' ? noPolicies : ok({ ...ME, role: { admin_access: admin } }),
      );
      expect(await readWhoAmI(client)).toEqual({ ...ME, isAdmin: admin });
      expect(paths(client.sent)).toEqual(['/graphql/system', '/users/me?fields=id,email,role.admin_access']);
    }
  });

  it('reads the GraphQL validation error of the 9.0 RCs the same way', async () => {
    const client = fakeClient((request) =>
      request.path === '/graphql/system'
        ? {
            status: 400,
            response: {
              errors: [
                {
                  message: 'GraphQL validation error.',
                  extensions: { code: 'GRAPHQL_VALIDATION_EXCEPTION', graphqlErrors: [] },
                },
              ],
            },
          }
        : ok({ ...ME, ...rc64('33-users-me-role-admin-access.json').response.data! }),
    );
    expect(await readWhoAmI(client)).toEqual({ ...ME, isAdmin: true });
  });

  it('asks the policies for a non-admin on Directus 11 and later, who gets no role.admin_access', async () => {
    const client = fakeClient((request) => {
      if (request.path === '/graphql/system') return noPolicies;
      if (request.path === '/policies/me/globals')
        return ok({ app_access: true, admin_access: false, enforce_tfa: false });
      // 11.16.1 and 12.4.0 answer role.admin_access with the id alone.
      return request.path.includes('role.admin_access') ? ok({ id: ME.id }) : ok(ME);
    });
    expect(await readWhoAmI(client)).toEqual({ ...ME, isAdmin: false });
    expect(paths(client.sent).sort()).toEqual([
      '/graphql/system',
      '/policies/me/globals',
      '/users/me?fields=id,email',
      '/users/me?fields=id,email,role.admin_access',
    ]);
  });

  it('never takes a missing or unclear answer for admin access', async () => {
    const answers: unknown[] = [{ users_me: ME }, { users_me: ME, policies_me_globals: null }];
    for (const data of answers) expect((await readWhoAmI(fakeClient(() => ok(data)))).isAdmin).toBe(false);
    const unclearRole = fakeClient((request) => {
      if (request.path === '/graphql/system') return noPolicies;
      if (request.path === '/policies/me/globals') return rc64('32-policies-me-globals.json');
      return ok({ ...ME, role: { admin_access: 'yes' } });
    });
    expect((await readWhoAmI(unclearRole)).isAdmin).toBe(false);
  });

  it('does not ask again when Directus refuses the credentials', async () => {
    const client = fakeClient(() => refused);
    await expect(readWhoAmI(client)).rejects.toMatchObject({ response: { status: 401 } });
    expect(paths(client.sent)).toEqual(['/graphql/system']);
  });
});
