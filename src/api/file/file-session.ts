// A session opened from a snapshot file: no server, no token, never an admin. Its URL is
// `file:<name>`, so the layout store and the model query are keyed by the file's name: opening
// a newer copy of the same file keeps the collections where they were put.
import { createDirectus, graphql, rest } from '@directus/sdk';
import type { RelataClient } from '../client';
import type { ParsedSnapshot } from '../../domain/review/snapshot';
import type { Session } from '../session';
import { createSessionWatch } from '../session-watch';
import { createFileGateway, isFileGateway, readOnlyError, type SnapshotFile } from './file-gateway';

export type { SnapshotFile } from './file-gateway';

/** The user of every file session: a file has no users. */
export const FILE_USER_ID = 'file';

const FILE_PREFIX = 'file:';

export function fileSessionUrl(name: string): string {
  return `${FILE_PREFIX}${name}`;
}

/**
 * Nothing in a file session talks to a server; a client is still part of a session, so this one
 * refuses every request with the read-only error instead of sending it anywhere.
 */
function offlineClient(): RelataClient {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return createDirectus<any>('http://snapshot-file.invalid', {
    globals: { fetch: () => Promise.reject(readOnlyError()) },
  })
    .with(rest())
    .with(graphql());
}

export function openFileSession(snapshot: ParsedSnapshot, name: string): Session {
  return {
    url: fileSessionUrl(name),
    client: offlineClient(),
    gateway: createFileGateway(snapshot, name),
    user: { id: FILE_USER_ID, email: null },
    isAdmin: false,
    // No server, so no session to watch or end: a token session never ends by itself.
    watch: createSessionWatch('token'),
    signOut: async () => undefined,
  };
}

/** The file a session was opened from; null for a session with a server. */
export function snapshotFileOf(session: Pick<Session, 'gateway'>): SnapshotFile | null {
  return isFileGateway(session.gateway) ? session.gateway.file : null;
}
