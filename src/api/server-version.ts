// The Directus version a server runs, for a snapshot exported from it: /server/info tells it to
// admins (`version`); other users, and servers that do not say, get null.
import { serverInfo } from '@directus/sdk';
import type { RelataClient } from './client';

export async function readServerVersion(client: RelataClient): Promise<string | null> {
  try {
    const info = (await client.request(serverInfo())) as { version?: unknown };
    return typeof info.version === 'string' && info.version !== '' ? info.version : null;
  } catch {
    return null;
  }
}
