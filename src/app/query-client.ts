import { QueryClient } from '@tanstack/react-query';
import { RelataError } from '../api/errors';

/** Retry only what may pass on a second try: never a 4xx answer or a malformed body. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  if (error instanceof RelataError) {
    if (error.status !== null && error.status < 500) return false;
    if (
      [
        'malformed-response',
        'invalid-credentials',
        'token-expired',
        'invalid-token',
        'session-ended',
        'forbidden',
      ].includes(error.kind)
    )
      return false;
  }
  return true;
}

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      // 'always': a request is tried (and fails, saying why) even when the browser thinks it is
      // offline, instead of waiting silently; the workspace watches for the server coming back.
      queries: { retry: shouldRetry, refetchOnWindowFocus: false, staleTime: 30_000, networkMode: 'always' },
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}
