// What the page sends to Directus, to say which requests a step made (or that it made none).
import type { Page, Request } from '@playwright/test';

export interface SentRequest {
  method: string;
  path: string;
  body: unknown;
}

/** Requests that change something: non-GET calls to the model's endpoints, GraphQL mutations. */
export function recordWrites(page: Page, directusUrl: string): SentRequest[] {
  const writes: SentRequest[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(directusUrl)) return;
    const { pathname } = new URL(request.url());
    const text = request.postData();
    const body: unknown = text ? JSON.parse(text) : null;
    const isMutation =
      pathname.startsWith('/graphql') && /^\s*mutation/.test(String((body as { query?: unknown })?.query));
    const isWrite =
      request.method() !== 'GET' && /^\/(relations|fields|collections|schema)(\/|$)/.test(pathname);
    if (isMutation || isWrite) writes.push({ method: request.method(), path: pathname, body });
  });
  return writes;
}

/** The GraphQL mutation a recorded request made (its first field). */
export function mutationOf(request: SentRequest): string | null {
  const query = String((request.body as { query?: unknown } | null)?.query ?? '');
  return /\{\s*([a-z_]+)\(/.exec(query)?.[1] ?? null;
}

/**
 * Every request to Directus as `→ GET /relations` when sent and `← GET /relations` when its
 * answer has come (or it failed), in that order: which requests ran together shows.
 */
export function recordTraffic(page: Page, directusUrl: string): string[] {
  const traffic: string[] = [];
  const name = (request: Request) => `${request.method()} ${new URL(request.url()).pathname}`;
  const fromDirectus = (request: Request) => request.url().startsWith(directusUrl);
  page.on('request', (request) => void (fromDirectus(request) && traffic.push(`→ ${name(request)}`)));
  const answered = (request: Request) => void (fromDirectus(request) && traffic.push(`← ${name(request)}`));
  page.on('requestfinished', answered);
  page.on('requestfailed', answered);
  return traffic;
}

/** The requests sent, sorted: `GET /relations`. */
export const requestsIn = (traffic: readonly string[]) =>
  traffic.flatMap((entry) => (entry.startsWith('→ ') ? [entry.slice(2)] : [])).sort();

/** Whether `request` was sent before `other`'s answer came: they ran together. */
export const sentBeforeAnswerTo = (traffic: readonly string[], request: string, other: string) =>
  traffic.indexOf(`→ ${request}`) < traffic.indexOf(`← ${other}`);
