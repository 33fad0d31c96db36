// A stand-in for the SDK client that answers from recorded exchanges, behaving as the SDK does:
// an error body (or a GraphQL answer with `errors`) is thrown as `{ errors, response }`, an empty
// body comes back as the raw Response, anything else as its `data`.
import type { RelataClient } from '../api/client';

export interface SentRequest {
  method: string;
  /** With the query string, as sent. */
  path: string;
  body: unknown;
}

export interface Answer {
  status: number;
  response: unknown;
}

function answerOf({ status, response }: Answer): unknown {
  const body = response as { data?: unknown; errors?: unknown } | null;
  if (body === null) return new Response(null, { status });
  if (status >= 400 || 'errors' in body)
    throw { errors: body.errors, response: { status }, ...('data' in body ? { data: body.data } : {}) };
  return 'data' in body ? body.data : body;
}

function pathOf(path: string, params: Record<string, unknown> | undefined): string {
  const query = Object.entries(params ?? {})
    .map(([key, value]) => `${key}=${String(value)}`)
    .join('&');
  return query ? `${path}?${query}` : path;
}

export function fakeClient(answer: (request: SentRequest) => Answer): RelataClient & { sent: SentRequest[] } {
  const sent: SentRequest[] = [];
  const client = {
    sent,
    request: (
      options: () => { path: string; method?: string; body?: string; params?: Record<string, unknown> },
    ) => {
      const { path, method = 'GET', body, params } = options();
      const request = {
        method,
        path: pathOf(path, params),
        body: body === undefined ? null : JSON.parse(body),
      };
      sent.push(request);
      return Promise.resolve().then(() => answerOf(answer(request)));
    },
    query: (query: string, variables: unknown) => {
      const request = { method: 'POST', path: '/graphql/system', body: { query, variables } };
      sent.push(request);
      return Promise.resolve().then(() => answerOf(answer(request)));
    },
  };
  return client as unknown as RelataClient & { sent: SentRequest[] };
}
