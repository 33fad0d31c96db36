// What a person pastes as "the Directus URL" is often the Data Studio's address
// (http://host:8055/admin/content/articles): the API lives where /admin starts.
import type { Credentials } from './client';
import { RelataError } from './errors';

export function normalizeUrl(input: string): string {
  const trimmed = input.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new RelataError(
      'malformed-url',
      `"${trimmed}" is not a URL. Enter the full address, for example http://127.0.0.1:8055.`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new RelataError(
      'malformed-url',
      `"${trimmed}" is not an http(s) address. Enter the full address, for example http://127.0.0.1:8055.`,
    );
  }
  // A Directus served under a sub-path keeps it: https://host/cms/admin/... → https://host/cms.
  const path = url.pathname.replace(/\/admin(\/.*)?$/, '').replace(/\/+$/, '');
  return `${url.origin}${path}`;
}

/** Pasted tokens and typed emails often carry spaces or a line break; a password is taken as typed. */
export function cleanCredentials(credentials: Credentials): Credentials {
  return credentials.method === 'token'
    ? { method: 'token', token: credentials.token.trim() }
    : { ...credentials, email: credentials.email.trim() };
}
