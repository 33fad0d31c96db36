// Directus's hash guard is not atomic: /schema/apply reads the current snapshot, compares its
// hash with the one sent, then applies, and two applies that overlap both pass the check. Seen on
// 12.4.0 and 11.16.1 (SQLite): two editors' overlapping saves of one relation both got 204 in
// four rounds out of four, and the later one wrote the relation back with the earlier one's
// change undone. So Relata saves one at a time per server, behind a lock only one client can
// take: a directus_presets row with a fixed primary key (the database itself refuses a second
// insert, RECORD_NOT_UNIQUE), held from reading the snapshot to the end of the apply. It orders
// Relata editors among themselves; writes from elsewhere (the Data Studio) still rely on the hash.
import { createPreset, deletePreset, readPreset } from '@directus/sdk';
import type { RelataClient } from '../client';
import { RelataError } from '../errors';
import { call } from '../request';

/** Far above any id a presets sequence hands out. */
export const SAVE_LOCK_ID = 2_147_000_000;

export interface LockTiming {
  /** A lock held this long, unchanged, is taken to be left by a client that went away. */
  staleMs: number;
  /** How long to wait for another save before giving up. */
  waitMs: number;
  pollMs: number;
}

const TIMING: LockTiming = { staleMs: 20_000, waitMs: 30_000, pollMs: 200 };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Locks this page took but could not let go (the session ended, the server went away). */
const leftBehind = new Set<string>();

const isDuplicate = (error: unknown) => error instanceof RelataError && error.code === 'RECORD_NOT_UNIQUE';

async function heldBy(client: RelataClient): Promise<string | null> {
  try {
    const row = (await call(() =>
      client.request(readPreset(SAVE_LOCK_ID, { fields: ['layout_options'] })),
    )) as { layout_options?: { relata_save_lock?: { token?: unknown } } | null } | null;
    const token = row?.layout_options?.relata_save_lock?.token;
    return typeof token === 'string' ? token : 'unknown';
  } catch (error) {
    // Directus answers 403 for a row that does not exist: released meanwhile.
    if (error instanceof RelataError && error.kind === 'forbidden') return null;
    throw error;
  }
}

async function acquire(client: RelataClient, holder: string, timing: LockTiming): Promise<string> {
  const token = `${holder} ${new Date().toISOString()} ${Math.random().toString(36).slice(2)}`;
  const started = Date.now();
  // Staleness is measured on this client's clock, from when it first saw that holder's token.
  let seen: { token: string; since: number } | null = null;
  for (;;) {
    try {
      await call(() =>
        client.request(
          createPreset({
            id: SAVE_LOCK_ID,
            collection: 'directus_relations',
            layout_options: {
              relata_save_lock: {
                token,
                holder,
                note: 'Relata holds this row while it saves the data model. Safe to delete when older than a minute.',
              },
            },
          } as never),
        ),
      );
      return token;
    } catch (error) {
      if (!isDuplicate(error)) throw error;
    }
    const held = await heldBy(client);
    if (held === null) continue;
    if (leftBehind.delete(held)) {
      await release(client);
      continue;
    }
    const now = Date.now();
    if (!seen || seen.token !== held) seen = { token: held, since: now };
    else if (now - seen.since > timing.staleMs) {
      await release(client);
      continue;
    }
    if (now - started > timing.waitMs)
      throw new RelataError(
        'conflict',
        `Another Relata editor has been saving to this Directus for over ${Math.round(timing.waitMs / 1000)} s. Nothing was saved: try again in a moment.`,
      );
    await sleep(timing.pollMs);
  }
}

async function release(client: RelataClient): Promise<void> {
  await call(() => client.request(deletePreset(SAVE_LOCK_ID)));
}

/** Runs `save` holding the server's save lock; the lock is let go in the background afterwards. */
export async function withSaveLock<T>(
  client: RelataClient,
  holder: string,
  save: () => Promise<T>,
  timing: LockTiming = TIMING,
): Promise<T> {
  const token = await acquire(client, holder, timing);
  try {
    return await save();
  } finally {
    // Nobody waits for this. A lock that could not be let go is taken back by this page's next
    // save, and goes stale for everyone else.
    release(client).catch(() => leftBehind.add(token));
  }
}
