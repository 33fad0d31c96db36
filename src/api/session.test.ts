import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recorded } from '../testing/recorded';
import { connect } from './session';
import { WHO_AM_I } from './who-am-i';

const URL_ = 'http://127.0.0.1:8055';
const ORIGIN = 'http://127.0.0.1:5173';
const rc64 = (file: string) => recorded('directus-9.0.0-rc.64-sqlite', file);
const v12 = (file: string) => recorded('directus-12.4.0-sqlite', file);

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** The requests connect sent, as `METHOD /path?query`, in order. */
let sent: string[];

/** Stands in for the browser's fetch: `answer` gets each request as `METHOD /path?query`. */
function serve(answer: (request: string, init: RequestInit | undefined) => Response | Promise<Response>) {
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const request = `${init?.method ?? 'GET'} ${decodeURIComponent(url.pathname + url.search)}`;
    sent.push(request);
    return Promise.resolve().then(() => answer(request, init));
  });
}

const failedFetch = () => Promise.reject(new TypeError('Failed to fetch'));

beforeEach(() => {
  sent = [];
  vi.stubGlobal('window', { location: { origin: ORIGIN } });
});
afterEach(() => void vi.unstubAllGlobals());

const token = { method: 'token', token: 'admin-token' } as const;

describe('connecting, when it fails', () => {
  it('says a server that does not answer cannot be reached', async () => {
    serve(failedFetch);
    await expect(connect(URL_, token)).rejects.toMatchObject({
      kind: 'unreachable',
      message: expect.stringContaining(`Could not reach Directus at ${URL_}.`) as unknown,
    });
  });

  it('tells a CORS refusal from a dead host, by a no-cors request that gets through', async () => {
    serve((_request, init) =>
      init?.mode === 'no-cors' ? new Response(null, { status: 200 }) : failedFetch(),
    );
    await expect(connect(URL_, token)).rejects.toMatchObject({
      kind: 'cors',
      message: expect.stringContaining(`add ${ORIGIN} to CORS_ORIGIN`) as unknown,
    });
  });

  it('says another server is not Directus, asking /server/ping only then', async () => {
    serve(
      () => new Response('<h1>Not found</h1>', { status: 404, headers: { 'Content-Type': 'text/html' } }),
    );
    await expect(connect(URL_, token)).rejects.toMatchObject({
      kind: 'not-directus',
      message: `${URL_} answered, but not like a Directus server (GET /server/ping failed).`,
    });
    expect(sent.at(-1)).toBe('GET /server/ping');
  });

  it('says a server that answers every path with a page is not Directus', async () => {
    serve(() => new Response('<html></html>', { status: 200, headers: { 'Content-Type': 'text/html' } }));
    await expect(connect(URL_, token)).rejects.toMatchObject({
      kind: 'not-directus',
      message: `${URL_} answered, but not like a Directus server.`,
    });
  });

  it('says a wrong token is not accepted, without asking anything more', async () => {
    const refused = v12('25c-err-invalid-static-token.json');
    serve(() => json(refused.status, refused.response));
    await expect(connect(URL_, token)).rejects.toMatchObject({
      kind: 'invalid-credentials',
      message: expect.stringContaining('did not accept these credentials') as unknown,
    });
    expect(sent.sort()).toEqual(['GET /relations?limit=-1', 'POST /graphql/system']);
  });

  it('says an expired token has expired', async () => {
    serve(() =>
      json(401, { errors: [{ message: 'Token expired.', extensions: { code: 'TOKEN_EXPIRED' } }] }),
    );
    await expect(connect(URL_, token)).rejects.toMatchObject({ kind: 'token-expired' });
  });
});

describe('connecting to an admin token', () => {
  const admin = {
    users_me: { id: 'admin-id', email: 'admin@example.com' },
    policies_me_globals: { admin_access: true },
  };

  it('asks who signed in and reads the relations together, then only the collections and fields', async () => {
    serve(async (request, init) => {
      if (request === 'POST /graphql/system') {
        expect(JSON.parse(String(init?.body))).toEqual({ query: WHO_AM_I, variables: {} });
        return json(200, { data: admin });
      }
      if (request.startsWith('GET /relations')) return json(200, v12('06-list-relations.json').response);
      return json(200, { data: [] });
    });
    const session = await connect(URL_, token);
    expect(session.isAdmin).toBe(true);
    expect(session.user).toEqual({ id: 'admin-id', email: 'admin@example.com' });
    expect(session.gateway.dialect).toBe('rest');
    expect(sent.sort()).toEqual(['GET /relations?limit=-1', 'POST /graphql/system']);

    sent = [];
    const model = await session.gateway.readModel();
    expect(model.relations.length).toBeGreaterThan(0);
    expect(sent.sort()).toEqual(['GET /collections', 'GET /fields']);

    sent = [];
    await session.gateway.readModel();
    expect(sent.sort()).toEqual(['GET /collections', 'GET /fields', 'GET /relations']);
  });

  it('hands the rows of the 9.0 RCs to the id-addressed gateway the same way', async () => {
    serve((request) => {
      if (request === 'POST /graphql/system')
        return json(400, {
          errors: [
            { message: 'GraphQL validation error.', extensions: { code: 'GRAPHQL_VALIDATION_EXCEPTION' } },
          ],
        });
      if (request.startsWith('GET /users/me'))
        return json(200, {
          data: { id: 'admin-id', email: 'admin@example.com', role: { admin_access: true } },
        });
      if (request.startsWith('GET /relations'))
        return json(200, rc64('30-get-relations-limit-1.json').response);
      return json(200, { data: [] });
    });
    const session = await connect(URL_, token);
    expect([session.gateway.dialect, session.isAdmin]).toEqual(['rest-legacy', true]);
    sent = [];
    await session.gateway.readModel();
    expect(sent.sort()).toEqual(['GET /collections', 'GET /fields']);
    sent = [];
    await session.gateway.readModel();
    expect(sent.sort()).toEqual(['GET /collections', 'GET /fields', 'GET /relations?limit=-1']);
  });

  it('keeps an explicit dialect as chosen: no detection, nothing read ahead', async () => {
    serve((request) =>
      request === 'POST /graphql/system' ? json(200, { data: admin }) : json(200, { data: [] }),
    );
    const session = await connect(URL_, token, 'rest');
    expect(session.gateway.dialect).toBe('rest');
    expect(sent).toEqual(['POST /graphql/system']);
  });
});
