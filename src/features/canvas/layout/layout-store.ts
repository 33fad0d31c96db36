// Where the canvas keeps its layout: one document per Directus URL and user, in localStorage,
// written ~300 ms after the last change (debounced), and at once by flush(). A tiny external
// store, so React reads it with useSyncExternalStore and nothing else re-renders the canvas.
import {
  emptyLayoutDocument,
  exportLayout,
  parseLayoutFile,
  publicDirectusUrl,
  type LayoutDocument,
  type Viewport,
} from './layout-file';
import type { XY } from './types';

export { exportLayout, parseLayoutFile, type LayoutDocument, type Viewport } from './layout-file';

export const SAVE_DELAY_MS = 300;
const LAYOUT_KEY_PREFIX = 'relata.layout.v1:';

/** The storage key: the URL without credentials or query, and the user id. No token. */
export function layoutStorageKey(url: string, userId: string): string {
  return `${LAYOUT_KEY_PREFIX}${publicDirectusUrl(url)}#${userId}`;
}

/** Whether this browser holds any saved layout, of any server or user. */
export function hasAnySavedLayout(
  storage: Pick<Storage, 'key' | 'length'> | null = defaultStorage(),
): boolean {
  try {
    for (let i = 0; i < (storage?.length ?? 0); i += 1)
      if (storage?.key(i)?.startsWith(LAYOUT_KEY_PREFIX)) return true;
  } catch {
    // Storage that cannot be read holds nothing for us.
  }
  return false;
}

/** Whether a layout is saved under this key: a first visit has none. */
export function hasSavedLayout(
  key: string,
  storage: Pick<Storage, 'getItem'> | null = defaultStorage(),
): boolean {
  try {
    return Boolean(storage?.getItem(key));
  } catch {
    return false;
  }
}

export interface LayoutStore {
  subscribe(listener: () => void): () => void;
  /** The same object until something changes. */
  getSnapshot(): LayoutDocument;
  /** Merges positions in; entries that are not finite numbers are ignored. */
  setPositions(partial: Readonly<Record<string, XY>>): void;
  replacePositions(all: Readonly<Record<string, XY>>): void;
  setViewport(viewport: Viewport | null): void;
  setCollapsedGroups(groups: readonly string[]): void;
  /** Replaces everything, e.g. with an imported file. */
  replaceDocument(doc: LayoutDocument): void;
  /** Writes a pending change now (on unload, or before switching Directus). */
  flush(): void;
}

export interface LayoutStoreOptions {
  /** Defaults to localStorage; null (or a throwing getter) keeps the layout in memory only. */
  storage?: Pick<Storage, 'getItem' | 'setItem'> | null;
  /** Called when storage refuses a write (full, or disabled); the store keeps working. */
  onStorageError?: (error: unknown) => void;
  now?: () => Date;
  delayMs?: number;
}

export function createLayoutStore(key: string, options: LayoutStoreOptions = {}): LayoutStore {
  const storage = options.storage === undefined ? defaultStorage() : options.storage;
  const now = options.now ?? (() => new Date());
  const delay = options.delayMs ?? SAVE_DELAY_MS;
  const listeners = new Set<() => void>();
  let doc = read(storage, key);
  let timer: ReturnType<typeof setTimeout> | undefined;

  const write = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    try {
      storage?.setItem(key, exportLayout(doc));
    } catch (error) {
      options.onStorageError?.(error);
    }
  };
  const commit = (next: Omit<LayoutDocument, 'savedAt' | 'version'>) => {
    doc = { ...next, version: 1, savedAt: now().toISOString() };
    listeners.forEach((listener) => listener());
    if (timer !== undefined) clearTimeout(timer);
    if (storage) timer = setTimeout(write, delay);
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => doc,
    setPositions(partial) {
      const changed = Object.entries(finite(partial)).filter(
        ([id, p]) => !samePosition(doc.positions[id], p),
      );
      if (changed.length > 0)
        commit({ ...doc, positions: { ...doc.positions, ...Object.fromEntries(changed) } });
    },
    replacePositions(all) {
      const positions = finite(all);
      const ids = Object.keys(positions);
      const same =
        ids.length === Object.keys(doc.positions).length &&
        ids.every((id) => Object.hasOwn(doc.positions, id) && samePosition(doc.positions[id], positions[id]));
      if (!same) commit({ ...doc, positions });
    },
    setViewport(viewport) {
      const a = doc.viewport;
      const same =
        a === viewport ||
        (a && viewport && a.x === viewport.x && a.y === viewport.y && a.zoom === viewport.zoom);
      if (!same)
        commit({ ...doc, viewport: viewport && { x: viewport.x, y: viewport.y, zoom: viewport.zoom } });
    },
    setCollapsedGroups(groups) {
      const next = [...new Set(groups)];
      const same =
        next.length === doc.collapsedGroups.length && next.every((g, i) => g === doc.collapsedGroups[i]);
      if (!same) commit({ ...doc, collapsedGroups: next });
    },
    replaceDocument(next) {
      commit({
        positions: finite(next.positions),
        viewport: next.viewport,
        collapsedGroups: [...next.collapsedGroups],
      });
    },
    flush() {
      if (timer !== undefined) write();
    },
  };
}

function read(storage: Pick<Storage, 'getItem'> | null, key: string): LayoutDocument {
  try {
    const text = storage?.getItem(key);
    return text ? parseLayoutFile(text) : emptyLayoutDocument();
  } catch {
    // Unreadable storage or a corrupt entry: start afresh rather than fail to draw the model.
    return emptyLayoutDocument();
  }
}

/** localStorage, or null where touching it throws (sandboxed iframes, disabled cookies). */
function defaultStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function finite(positions: Readonly<Record<string, XY>>): Record<string, XY> {
  return Object.fromEntries(
    Object.entries(positions)
      .filter(([, p]) => Number.isFinite(p?.x) && Number.isFinite(p?.y))
      .map(([id, p]) => [id, { x: p.x, y: p.y }]),
  );
}

function samePosition(a: XY | undefined, b: XY | undefined): boolean {
  return a !== undefined && b !== undefined && a.x === b.x && a.y === b.y;
}
