// Knows whether the Directus session behind a client is still alive, by sitting where every
// request is made: the fetch the SDK calls. When a password session's refresh is refused, the
// SDK empties its token storage and sends the next requests without credentials, and Directus
// answers those 403, the same answer as "missing or hidden". Seen from here the two differ:
// a 401/403 to a request that carried no credentials, on a session that had them, is a
// session that ended, never a relation that is gone.
import type { AuthenticationData, AuthenticationStorage } from '@directus/sdk';
import { RelataError } from './errors';

export type AuthMethod = 'token' | 'password';

export interface SessionWatch {
  readonly method: AuthMethod;
  /** The fetch the client's requests go through. */
  readonly fetch: typeof globalThis.fetch;
  /** Where the SDK keeps a password session's tokens (memory only). */
  readonly storage: AuthenticationStorage;
  /** Signed in: from now on a refused credential means the session ended. */
  establish(): void;
  isEnded(): boolean;
  /** Called once, when the session is found to have ended. */
  onEnded(listener: () => void): () => void;
}

/** Directus's answers to a token it no longer accepts. */
const REFUSED_CREDENTIALS = new Set(['TOKEN_EXPIRED', 'INVALID_CREDENTIALS', 'INVALID_TOKEN']);

export function sessionEndedError(status: number | null = null): RelataError {
  return new RelataError(
    'session-ended',
    'Your Directus session has ended: sign in again. Nothing was sent; what you typed is kept.',
    { status, code: 'SESSION_ENDED' },
  );
}

async function errorCode(response: Response): Promise<string | null> {
  try {
    const body = (await response.clone().json()) as { errors?: { extensions?: { code?: unknown } }[] };
    const code = body.errors?.[0]?.extensions?.code;
    return typeof code === 'string' ? code : null;
  } catch {
    return null;
  }
}

function requestUrl(input: RequestInfo | URL): URL {
  return new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
}

export function createSessionWatch(
  method: AuthMethod,
  baseFetch: typeof globalThis.fetch = (input, init) => globalThis.fetch(input, init),
): SessionWatch {
  let established = false;
  let ended = false;
  const listeners = new Set<() => void>();
  let stored: AuthenticationData | null = null;
  let lastIssued: AuthenticationData | null = null;

  const storage: AuthenticationStorage = {
    get: () => stored,
    set: (value) => {
      stored = value;
      if (value?.access_token) lastIssued = value;
    },
  };

  const end = () => {
    if (ended) return;
    ended = true;
    for (const listener of listeners) listener();
  };

  const watchedFetch: typeof globalThis.fetch = async (input, init) => {
    if (ended) throw sessionEndedError();
    const { pathname } = requestUrl(input);
    const isRefresh = pathname.endsWith('/auth/refresh');
    // Signing in and out carry no access token by design; their answers are their own.
    const isSignInOrOut = /\/auth\/(login|logout)/.test(pathname);
    const hadCredentials = new Headers(init?.headers).has('Authorization');
    let response: Response;
    try {
      response = await baseFetch(input, init);
    } catch (error) {
      // The SDK empties its storage before asking for a refresh. The server never saw this one
      // (it cannot be reached), so the tokens are still good: put them back for when it answers.
      if (isRefresh && !stored?.access_token) stored = lastIssued;
      throw error;
    }
    if (!established || isSignInOrOut) return response;
    if (isRefresh) {
      if (response.status >= 500 && !stored?.access_token) stored = lastIssued;
      else if (!response.ok) end();
      return response;
    }
    if (response.status === 401 || response.status === 403) {
      const refused =
        (!hadCredentials && method === 'password') ||
        (hadCredentials &&
          response.status === 401 &&
          REFUSED_CREDENTIALS.has((await errorCode(response)) ?? ''));
      if (refused) {
        end();
        throw sessionEndedError(response.status);
      }
    }
    return response;
  };

  return {
    method,
    fetch: watchedFetch,
    storage,
    establish: () => {
      established = true;
    },
    isEnded: () => ended,
    onEnded: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
