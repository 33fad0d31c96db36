// Where the pending set lives: one document per Directus URL and user, in localStorage, written
// at every change (a set is small and each edit matters). What is kept: whether staging is on,
// the changes as asked for (Change objects, planned again against the model every time), and
// the model the set was started on (without Directus's own items), to tell what changed on the
// server since. No token, no secrets. A tiny external store, read with useSyncExternalStore.
import type { Change } from '../../domain/changes/change';
import type { DirectusSchema } from '../../domain/directus-types';
import { changeProblem } from '../../domain/staging/changes-file';
import { userPart } from '../../domain/staging/drift';

/** The URL without credentials, query or fragment, and the user id. No token. */
export function pendingStorageKey(url: string, userId: string): string {
  let address = url.trim();
  try {
    const parsed = new URL(address);
    address = `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  } catch {
    address = address.replace(/[?#].*$/, '');
  }
  return `relata.pending.v1:${address.replace(/\/+$/, '')}#${userId}`;
}

export interface PendingBase {
  /** The server's model when the set was started (or last rebased), Directus's own items left out. */
  model: DirectusSchema;
  at: string;
}

export interface PendingState {
  staging: boolean;
  changes: readonly Change[];
  /** Null while nothing is pending. */
  base: PendingBase | null;
  /** Not stored: the set is being applied, its steps are already in the cached model. */
  applying: boolean;
}

export interface PendingStore {
  subscribe(listener: () => void): () => void;
  getSnapshot(): PendingState;
  setStaging(on: boolean): void;
  /** Appends a change; the first one of a set records the model it starts on. */
  add(change: Change, server: DirectusSchema): void;
  remove(position: number): void;
  /** A whole new set (rebased, or imported) and the model it now starts on. */
  replace(changes: readonly Change[], base: DirectusSchema): void;
  /** The set as it is now is being applied: its steps are in the cached model already. */
  beginApply(): void;
  /** Directus refused it: the set is drawn on the server's model again. */
  endApply(): void;
  /** Directus applied it: those changes leave the set; any added meanwhile stay, based on `server`. */
  settle(server: DirectusSchema): void;
  clear(): void;
}

export interface PendingStoreOptions {
  /** Defaults to localStorage; null keeps the set in memory only. */
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  onStorageError?: (error: unknown) => void;
  now?: () => Date;
}

const EMPTY: PendingState = { staging: false, changes: [], base: null, applying: false };

function defaultStorage() {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** A stored document, or the empty state when there is none or it is not one Relata wrote. */
export function readPending(text: string | null): PendingState {
  if (!text) return EMPTY;
  try {
    const value = JSON.parse(text) as Partial<PendingState> & { version?: unknown };
    if (value.version !== 1 || !Array.isArray(value.changes)) return EMPTY;
    if (value.changes.some((change, i) => changeProblem(change, `change ${i + 1}`))) return EMPTY;
    const base = value.base && Array.isArray(value.base.model?.collections) ? value.base : null;
    const changes = value.changes as Change[];
    return { staging: value.staging === true, changes, base: changes.length ? base : null, applying: false };
  } catch {
    return EMPTY;
  }
}

export function createPendingStore(key: string, options: PendingStoreOptions = {}): PendingStore {
  const storage = options.storage === undefined ? defaultStorage() : options.storage;
  const now = options.now ?? (() => new Date());
  const listeners = new Set<() => void>();
  let state = readPending(storage?.getItem(key) ?? null);
  let applying: readonly Change[] = [];

  const write = () => {
    try {
      if (!state.staging && !state.changes.length) storage?.removeItem(key);
      else
        storage?.setItem(
          key,
          JSON.stringify({ version: 1, staging: state.staging, changes: state.changes, base: state.base }),
        );
    } catch (error) {
      options.onStorageError?.(error);
    }
  };
  const set = (next: Partial<PendingState>, persist = true) => {
    state = { ...state, ...next };
    if (!state.changes.length) state.base = null;
    if (persist) write();
    listeners.forEach((listener) => listener());
  };
  const baseOf = (model: DirectusSchema): PendingBase => ({
    model: userPart(model),
    at: now().toISOString(),
  });

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => state,
    setStaging: (on) => set({ staging: on }),
    add: (change, server) => set({ changes: [...state.changes, change], base: state.base ?? baseOf(server) }),
    remove: (position) => set({ changes: state.changes.filter((_, i) => i !== position) }),
    replace: (changes, base) => set({ changes: [...changes], base: baseOf(base) }),
    beginApply: () => {
      applying = state.changes;
      set({ applying: true }, false);
    },
    endApply: () => set({ applying: false }, false),
    settle: (server) => {
      const done = new Set(applying);
      applying = [];
      set({ changes: state.changes.filter((c) => !done.has(c)), base: baseOf(server), applying: false });
    },
    clear: () => set({ changes: [], base: null }),
  };
}
