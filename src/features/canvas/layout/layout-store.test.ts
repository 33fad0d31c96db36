import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyLayoutDocument } from './layout-file';
import {
  createLayoutStore,
  hasAnySavedLayout,
  hasSavedLayout,
  layoutStorageKey,
  parseLayoutFile,
  SAVE_DELAY_MS,
} from './layout-store';
import { placeNear, reconcilePositions } from './placement';
import type { LayoutGraph } from './types';

/** An in-memory Storage that can be told to refuse writes, like a full localStorage. */
function fakeStorage() {
  const items = new Map<string, string>();
  return {
    items,
    get length() {
      return items.size;
    },
    key: (index: number) => [...items.keys()][index] ?? null,
    full: false,
    writes: 0,
    getItem: (key: string) => items.get(key) ?? null,
    setItem(key: string, value: string) {
      if (this.full) throw new DOMException('quota', 'QuotaExceededError');
      this.writes += 1;
      items.set(key, value);
    },
  };
}

const key = layoutStorageKey('https://cms.example.com/', 'user-1');
const clock = () => new Date('2025-01-01T00:00:00.000Z');

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('layoutStorageKey', () => {
  it('is per Directus URL and user, and holds no secret', () => {
    expect(layoutStorageKey('https://cms.example.com', 'u')).toBe(
      layoutStorageKey('https://cms.example.com/', 'u'),
    );
    expect(layoutStorageKey('https://a.example.com', 'u')).not.toBe(
      layoutStorageKey('https://b.example.com', 'u'),
    );
    expect(layoutStorageKey('https://a.example.com', 'u')).not.toBe(
      layoutStorageKey('https://a.example.com', 'v'),
    );
    expect(layoutStorageKey('https://cms.example.com/?access_token=secret', 'u')).not.toContain('secret');
  });
});

describe('hasSavedLayout', () => {
  it('tells a first visit (nothing saved, or no storage) from a later one', () => {
    const storage = fakeStorage();
    expect(hasSavedLayout(key, storage)).toBe(false);
    expect(hasSavedLayout(key, null)).toBe(false);
    const store = createLayoutStore(key, { storage, now: clock });
    store.setPositions({ a: { x: 1, y: 2 } });
    store.flush();
    expect(hasSavedLayout(key, storage)).toBe(true);
  });
});

describe('hasAnySavedLayout', () => {
  it('tells a browser that never saved a layout (of any server or user) from one that did', () => {
    const storage = fakeStorage();
    storage.items.set('relata.color-scheme', 'dark');
    expect(hasAnySavedLayout(storage)).toBe(false);
    expect(hasAnySavedLayout(null)).toBe(false);
    const other = createLayoutStore(layoutStorageKey('https://other.example.com', 'u'), {
      storage,
      now: clock,
    });
    other.setPositions({ a: { x: 1, y: 2 } });
    other.flush();
    expect(hasAnySavedLayout(storage)).toBe(true);
  });
});

describe('createLayoutStore', () => {
  it('writes once, a quiet period after the last change, and reads them back in a new store', () => {
    const storage = fakeStorage();
    const store = createLayoutStore(key, { storage, now: clock });
    store.setPositions({ articles: { x: 1, y: 2 } });
    store.setPositions({ authors: { x: 3, y: 4 } });
    store.setViewport({ x: 5, y: 6, zoom: 0.5 });
    vi.advanceTimersByTime(SAVE_DELAY_MS - 1);
    store.setCollapsedGroups(['content', 'content']);
    vi.advanceTimersByTime(SAVE_DELAY_MS - 1);
    expect(storage.writes).toBe(0);
    vi.advanceTimersByTime(1);
    expect(storage.writes).toBe(1);

    const again = createLayoutStore(key, { storage });
    expect(again.getSnapshot()).toEqual({
      version: 1,
      positions: { articles: { x: 1, y: 2 }, authors: { x: 3, y: 4 } },
      viewport: { x: 5, y: 6, zoom: 0.5 },
      collapsedGroups: ['content'],
      savedAt: '2025-01-01T00:00:00.000Z',
    });
    expect(
      createLayoutStore(layoutStorageKey('https://other.example.com', 'user-1'), { storage }).getSnapshot(),
    ).toEqual(emptyLayoutDocument());
  });

  it('flush writes a pending change at once, and nothing when none is pending', () => {
    const storage = fakeStorage();
    const store = createLayoutStore(key, { storage });
    store.flush();
    expect(storage.writes).toBe(0);
    store.replacePositions({ a: { x: 0, y: 0 } });
    store.flush();
    expect(storage.writes).toBe(1);
    vi.advanceTimersByTime(SAVE_DELAY_MS * 2);
    expect(storage.writes).toBe(1);
  });

  it('keeps the same snapshot and notifies nobody when nothing changed', () => {
    const store = createLayoutStore(key, { storage: null });
    store.replacePositions({ a: { x: 1, y: 2 } });
    store.setViewport({ x: 0, y: 0, zoom: 1 });
    store.setCollapsedGroups(['g']);
    const before = store.getSnapshot();
    const listener = vi.fn();
    store.subscribe(listener);
    store.setPositions({ a: { x: 1, y: 2 } });
    store.setPositions({ b: { x: NaN, y: 0 } });
    store.replacePositions({ a: { x: 1, y: 2 } });
    store.setViewport({ x: 0, y: 0, zoom: 1 });
    store.setCollapsedGroups(['g']);
    expect(store.getSnapshot()).toBe(before);
    expect(listener).not.toHaveBeenCalled();
    store.setPositions({ a: { x: 1, y: 3 } });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot()).not.toBe(before);
  });

  it('unsubscribes', () => {
    const store = createLayoutStore(key, { storage: null });
    const listener = vi.fn();
    store.subscribe(listener)();
    store.setPositions({ a: { x: 1, y: 2 } });
    expect(listener).not.toHaveBeenCalled();
  });

  it('works in memory when storage is unavailable, full, or holds garbage', () => {
    const memoryOnly = createLayoutStore(key, { storage: null });
    memoryOnly.setPositions({ a: { x: 1, y: 1 } });
    memoryOnly.flush();
    expect(memoryOnly.getSnapshot().positions).toEqual({ a: { x: 1, y: 1 } });

    const throwing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
    };
    const errors: unknown[] = [];
    const sandboxed = createLayoutStore(key, { storage: throwing, onStorageError: (e) => errors.push(e) });
    sandboxed.setPositions({ a: { x: 2, y: 2 } });
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(sandboxed.getSnapshot().positions).toEqual({ a: { x: 2, y: 2 } });
    expect(errors).toHaveLength(1);

    const full = fakeStorage();
    full.full = true;
    const store = createLayoutStore(key, { storage: full });
    store.setPositions({ a: { x: 3, y: 3 } });
    expect(() => store.flush()).not.toThrow();
    expect(store.getSnapshot().positions).toEqual({ a: { x: 3, y: 3 } });

    const corrupt = fakeStorage();
    corrupt.items.set(key, '{ not json');
    expect(createLayoutStore(key, { storage: corrupt }).getSnapshot()).toEqual(emptyLayoutDocument());
  });

  it('stores nothing secret, only the layout', () => {
    const storage = fakeStorage();
    const store = createLayoutStore(layoutStorageKey('https://cms.example.com?access_token=t0k3n', 'u'), {
      storage,
    });
    store.setPositions({ a: { x: 1, y: 1 } });
    store.flush();
    expect([...storage.items].flat().join('\n')).not.toContain('t0k3n');
  });

  it('replaces the whole document with an imported file', () => {
    const store = createLayoutStore(key, { storage: null, now: clock });
    store.setPositions({ old: { x: 0, y: 0 } });
    const imported = parseLayoutFile(
      JSON.stringify({
        relata: 'layout',
        version: 1,
        positions: { a: { x: 9, y: 9 } },
        collapsedGroups: ['x'],
      }),
    );
    store.replaceDocument(imported);
    expect(store.getSnapshot()).toMatchObject({ positions: { a: { x: 9, y: 9 } }, collapsedGroups: ['x'] });
  });
});

describe('merging a saved layout with a changed model', () => {
  const node = (id: string) => ({ id, width: 200, height: 100 });

  it('keeps moved collections where the user put them, drops removed ones and places new ones near a neighbour', () => {
    const storage = fakeStorage();
    const before = createLayoutStore(key, { storage });
    before.replacePositions({
      articles: { x: 0, y: 0 },
      authors: { x: 400, y: 0 },
      removed: { x: 800, y: 0 },
    });
    before.setPositions({ authors: { x: 400, y: 300 } });
    before.flush();

    const graph: LayoutGraph = {
      nodes: [node('articles'), node('authors'), node('comments')],
      edges: [{ id: 'comments.article', source: 'comments', target: 'articles' }],
    };
    const store = createLayoutStore(key, { storage });
    const { positions, missing } = reconcilePositions(store.getSnapshot().positions, graph);
    expect(positions).toEqual({ articles: { x: 0, y: 0 }, authors: { x: 400, y: 300 } });
    expect(missing).toEqual(['comments']);

    const placed = placeNear(positions, graph, missing);
    expect(placed.articles).toEqual({ x: 0, y: 0 });
    expect(placed.authors).toEqual({ x: 400, y: 300 });
    expect(placed.comments?.x).toBeGreaterThan(200);
    expect(placed.comments?.y).toBe(0);
    store.replacePositions(placed);
    expect(Object.keys(store.getSnapshot().positions).sort()).toEqual(['articles', 'authors', 'comments']);
  });
});
