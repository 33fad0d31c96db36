import { describe, expect, it } from 'vitest';
import { aDemoSchema } from '../../testing/review-fixtures';
import { demoSet } from '../../testing/staging-fixtures';
import { planPending } from '../../domain/staging/pending-plan';
import { createPendingStore, pendingStorageKey, readPending } from './pending-store';

function fakeStorage() {
  const items = new Map<string, string>();
  return {
    items,
    full: false,
    getItem: (key: string) => items.get(key) ?? null,
    setItem(key: string, value: string) {
      if (this.full) throw new DOMException('quota', 'QuotaExceededError');
      items.set(key, value);
    },
    removeItem: (key: string) => void items.delete(key),
  };
}

const key = pendingStorageKey('https://cms.example.com/', 'user-1');
const clock = () => new Date('2026-11-30T10:00:00.000Z');

describe('pendingStorageKey', () => {
  it('is per Directus URL and user, and holds no secret', () => {
    expect(pendingStorageKey('https://cms.example.com', 'u')).toBe(
      pendingStorageKey('https://cms.example.com/', 'u'),
    );
    expect(pendingStorageKey('https://a.example.com', 'u')).not.toBe(
      pendingStorageKey('https://b.example.com', 'u'),
    );
    expect(pendingStorageKey('https://a.example.com', 'u')).not.toBe(
      pendingStorageKey('https://a.example.com', 'v'),
    );
    expect(pendingStorageKey('https://cms.example.com/?access_token=secret#x', 'u')).not.toContain('secret');
  });
});

describe('the pending store', () => {
  const server = aDemoSchema();
  const changes = demoSet(server);

  it('keeps the set, the staging switch and the model it started on across a reload', () => {
    const storage = fakeStorage();
    const store = createPendingStore(key, { storage, now: clock });
    store.setStaging(true);
    for (const change of changes) store.add(change, server);
    const reloaded = createPendingStore(key, { storage });
    const state = reloaded.getSnapshot();
    expect(state.staging).toBe(true);
    expect(state.changes).toEqual(changes);
    expect(state.base).toEqual({ model: server, at: '2026-11-30T10:00:00.000Z' });
    // Re-planned on the model each time: the same plan from what was stored.
    expect(planPending(server, state.changes).steps).toEqual(planPending(server, changes).steps);
  });

  it('stores the changes as asked for, not their steps, and no credentials', () => {
    const storage = fakeStorage();
    const store = createPendingStore(key, { storage });
    store.add(changes[0]!, server);
    const text = storage.items.get(key) ?? '';
    expect(JSON.parse(text)).toMatchObject({ version: 1, changes: [changes[0]] });
    expect(text).not.toMatch(/token|password/i);
    expect(text).not.toContain('"kind":"createCollection"');
  });

  it('keeps the model of the first change as the start of the set, until it is emptied', () => {
    const store = createPendingStore(key, { storage: null, now: clock });
    store.add(changes[0]!, server);
    const later = { ...server, fields: server.fields.slice(1) };
    store.add(changes[1]!, later);
    expect(store.getSnapshot().base?.model).toEqual(server);
    store.remove(0);
    store.remove(0);
    expect(store.getSnapshot().changes).toEqual([]);
    expect(store.getSnapshot().base).toBeNull();
  });

  it('removes one change, keeping the others in order', () => {
    const store = createPendingStore(key, { storage: null });
    for (const change of changes) store.add(change, server);
    store.remove(1);
    expect(store.getSnapshot().changes).toEqual([changes[0], changes[2]]);
  });

  it('settles what an apply sent, and keeps a change added meanwhile', () => {
    const storage = fakeStorage();
    const store = createPendingStore(key, { storage });
    store.add(changes[0]!, server);
    store.add(changes[1]!, server);
    store.beginApply();
    expect(store.getSnapshot().applying).toBe(true);
    store.add(changes[2]!, server);
    const after = planPending(server, changes.slice(0, 2)).staged;
    store.settle(after);
    expect(store.getSnapshot()).toMatchObject({ changes: [changes[2]], applying: false });
    expect(store.getSnapshot().base?.model).toEqual(after);
    store.clear();
    expect(storage.items.has(key)).toBe(false);
  });

  it('keeps working in memory when storage refuses a write, and says so', () => {
    const storage = fakeStorage();
    storage.full = true;
    const errors: unknown[] = [];
    const store = createPendingStore(key, { storage, onStorageError: (e) => errors.push(e) });
    store.add(changes[0]!, server);
    expect(store.getSnapshot().changes).toHaveLength(1);
    expect(errors).toHaveLength(1);
  });

  it('starts empty from a document it did not write, or one with a change it cannot plan', () => {
    expect(readPending('not json').changes).toEqual([]);
    expect(readPending(JSON.stringify({ version: 2, changes })).changes).toEqual([]);
    expect(readPending(JSON.stringify({ version: 1, changes: [{ type: 'nope' }] })).changes).toEqual([]);
    expect(readPending(JSON.stringify({ version: 1, staging: true, changes: [] }))).toMatchObject({
      staging: true,
      changes: [],
      base: null,
    });
  });

  it('tells its subscribers, and hands out the same state until something changes', () => {
    const store = createPendingStore(key, { storage: null });
    let calls = 0;
    const stop = store.subscribe(() => (calls += 1));
    const before = store.getSnapshot();
    expect(store.getSnapshot()).toBe(before);
    store.setStaging(true);
    expect(calls).toBe(1);
    expect(store.getSnapshot()).not.toBe(before);
    stop();
    store.setStaging(false);
    expect(calls).toBe(1);
  });
});
