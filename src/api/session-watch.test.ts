import { describe, expect, it, vi } from 'vitest';
import { RelataError } from './errors';
import { createSessionWatch } from './session-watch';

const URL_BASE = 'http://directus.test';

const answer = (status: number, code?: string) =>
  new Response(JSON.stringify(code ? { errors: [{ message: code, extensions: { code } }] } : { data: [] }), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

const withToken = { headers: { Authorization: 'Bearer abc' } };
const tokens = { access_token: 'a1', refresh_token: 'r1', expires: 900_000, expires_at: 1 };

function watchWith(method: 'token' | 'password', respond: (url: string) => Response | Promise<Response>) {
  const fetch = vi.fn((input: RequestInfo | URL) => Promise.resolve(respond(String(input))));
  const watch = createSessionWatch(method, fetch);
  const ended = vi.fn();
  watch.onEnded(ended);
  return { watch, fetch, ended };
}

async function refusal(request: Promise<unknown>): Promise<RelataError> {
  const error = await request.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof RelataError)) throw new Error(`expected a RelataError, got ${String(error)}`);
  return error;
}

describe('the session watch', () => {
  it('passes answers through before the session is established (a wrong password is not "ended")', async () => {
    const { watch, ended } = watchWith('password', () => answer(401, 'INVALID_CREDENTIALS'));
    const response = await watch.fetch(`${URL_BASE}/auth/login`, {});
    expect(response.status).toBe(401);
    expect(ended).not.toHaveBeenCalled();
  });

  it('ends the session when a refresh is refused, and sends nothing after it', async () => {
    const { watch, fetch, ended } = watchWith('password', (url) =>
      url.endsWith('/auth/refresh') ? answer(401, 'INVALID_CREDENTIALS') : answer(200),
    );
    watch.establish();
    await watch.fetch(`${URL_BASE}/auth/refresh`, { method: 'POST' });
    expect(ended).toHaveBeenCalledTimes(1);
    const error = await refusal(watch.fetch(`${URL_BASE}/schema/snapshot`, {}));
    expect(error.kind).toBe('session-ended');
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('reads a 403 to a request without credentials, on a password session, as ended', async () => {
    const { watch, ended } = watchWith('password', () => answer(403, 'FORBIDDEN'));
    watch.establish();
    const error = await refusal(watch.fetch(`${URL_BASE}/relations`, { headers: {} }));
    expect(error.kind).toBe('session-ended');
    expect(error.status).toBe(403);
    expect(ended).toHaveBeenCalledTimes(1);
    expect(watch.isEnded()).toBe(true);
  });

  it('keeps a 403 with credentials as an answer: missing, hidden or not allowed', async () => {
    const { watch, ended } = watchWith('password', () => answer(403, 'FORBIDDEN'));
    watch.establish();
    const response = await watch.fetch(`${URL_BASE}/relations/articles/author`, withToken);
    expect(response.status).toBe(403);
    expect(ended).not.toHaveBeenCalled();
  });

  it.each(['TOKEN_EXPIRED', 'INVALID_CREDENTIALS', 'INVALID_TOKEN'])(
    'ends the session on a 401 %s to a request with credentials',
    async (code) => {
      const { watch, ended } = watchWith('token', () => answer(401, code));
      watch.establish();
      expect((await refusal(watch.fetch(`${URL_BASE}/fields`, withToken))).kind).toBe('session-ended');
      expect(ended).toHaveBeenCalledTimes(1);
    },
  );

  it('leaves the answers to signing in and out alone', async () => {
    const { watch, ended } = watchWith('password', () => answer(401, 'INVALID_CREDENTIALS'));
    watch.establish();
    expect((await watch.fetch(`${URL_BASE}/auth/logout`, { method: 'POST' })).status).toBe(401);
    expect((await watch.fetch(`${URL_BASE}/auth/login`, { method: 'POST' })).status).toBe(401);
    expect(ended).not.toHaveBeenCalled();
  });

  it('does not end a static-token session on a 403 (tokens are always sent)', async () => {
    const { watch, ended } = watchWith('token', () => answer(403, 'FORBIDDEN'));
    watch.establish();
    expect((await watch.fetch(`${URL_BASE}/relations`, withToken)).status).toBe(403);
    expect(ended).not.toHaveBeenCalled();
  });

  it('puts the tokens back when a refresh could not reach the server', async () => {
    const { watch, ended } = watchWith('password', () => {
      throw new TypeError('Failed to fetch');
    });
    watch.establish();
    await watch.storage.set(tokens);
    // What the SDK does before it asks for a refresh.
    await watch.storage.set({ access_token: null, refresh_token: null, expires: null, expires_at: null });
    await expect(watch.fetch(`${URL_BASE}/auth/refresh`, { method: 'POST' })).rejects.toThrow(TypeError);
    expect(await watch.storage.get()).toEqual(tokens);
    expect(ended).not.toHaveBeenCalled();
  });

  it('does not end the session when the refresh fails with a server error', async () => {
    const { watch, ended } = watchWith('password', () => answer(503, 'SERVICE_UNAVAILABLE'));
    watch.establish();
    await watch.storage.set(tokens);
    await watch.storage.set(null);
    await watch.fetch(`${URL_BASE}/auth/refresh`, { method: 'POST' });
    expect(await watch.storage.get()).toEqual(tokens);
    expect(ended).not.toHaveBeenCalled();
  });
});
