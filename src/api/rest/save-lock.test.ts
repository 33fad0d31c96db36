import { describe, expect, it } from 'vitest';
import type { RelataClient } from '../client';
import { SAVE_LOCK_ID, withSaveLock, type LockTiming } from './save-lock';

const fast: LockTiming = { staleMs: 300, waitMs: 2_000, pollMs: 10 };

const directusError = (status: number, code: string) => ({
  errors: [{ message: code, extensions: { code } }],
  response: { status },
});

/** The presets endpoint as far as the lock uses it: a unique primary key, 403 for a missing row. */
function fakePresets() {
  const rows = new Map<number, unknown>();
  const log: string[] = [];
  const client = {
    request: (command: () => { path: string; method?: string; body?: string }) => {
      const { path, method = 'GET', body } = command();
      log.push(`${method} ${path}`);
      const id = Number(path.split('/')[2] ?? NaN);
      if (method === 'POST') {
        const row = JSON.parse(body ?? '{}') as { id: number };
        if (rows.has(row.id)) return Promise.reject(directusError(400, 'RECORD_NOT_UNIQUE'));
        rows.set(row.id, row);
        return Promise.resolve(row);
      }
      if (method === 'DELETE') {
        rows.delete(id);
        return Promise.resolve(new Response(null, { status: 204 }));
      }
      return rows.has(id) ? Promise.resolve(rows.get(id)) : Promise.reject(directusError(403, 'FORBIDDEN'));
    },
  };
  return { client: client as unknown as RelataClient, rows, log };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('the save lock', () => {
  it('is held while saving and let go afterwards', async () => {
    const { client, rows } = fakePresets();
    const seen = await withSaveLock(client, 'a@example.com', async () => rows.has(SAVE_LOCK_ID), fast);
    expect(seen).toBe(true);
    await settle();
    expect(rows.has(SAVE_LOCK_ID)).toBe(false);
  });

  it('makes a second save wait for the first', async () => {
    const { client } = fakePresets();
    const order: string[] = [];
    let releaseFirst = () => undefined as void;
    const first = withSaveLock(
      client,
      'a',
      async () => {
        order.push('first starts');
        await new Promise<void>((resolve) => (releaseFirst = resolve));
        order.push('first ends');
      },
      fast,
    );
    await settle();
    const second = withSaveLock(client, 'b', async () => void order.push('second runs'), fast);
    await settle();
    expect(order).toEqual(['first starts']);
    releaseFirst();
    await Promise.all([first, second]);
    expect(order).toEqual(['first starts', 'first ends', 'second runs']);
  });

  it('lets go even when the save fails', async () => {
    const { client, rows } = fakePresets();
    await expect(withSaveLock(client, 'a', () => Promise.reject(new Error('refused')), fast)).rejects.toThrow(
      'refused',
    );
    await settle();
    expect(rows.has(SAVE_LOCK_ID)).toBe(false);
  });

  it('takes over a lock left unchanged longer than it may be held', async () => {
    const { client, rows } = fakePresets();
    rows.set(SAVE_LOCK_ID, { layout_options: { relata_save_lock: { token: 'gone away' } } });
    const started = Date.now();
    await withSaveLock(client, 'a', async () => undefined, fast);
    expect(Date.now() - started).toBeGreaterThanOrEqual(fast.staleMs);
  });

  it('gives up with a message when another save holds the lock too long', async () => {
    const { client, rows } = fakePresets();
    let token = 0;
    // A holder that keeps renewing: never stale, never let go.
    const hold = () =>
      rows.set(SAVE_LOCK_ID, { layout_options: { relata_save_lock: { token: `t${token++}` } } });
    hold();
    const renew = setInterval(hold, 5);
    try {
      await expect(
        withSaveLock(client, 'a', async () => undefined, { ...fast, waitMs: 100 }),
      ).rejects.toThrow(/Another Relata editor has been saving/);
    } finally {
      clearInterval(renew);
    }
  });
});
