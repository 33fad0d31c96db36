// What this browser saw of a Directus model last time, per Directus URL and user, so "Compare
// with… Last visit" can show what changed on the server since. Written after every successful
// read; read once when a session starts, before the first write replaces it.
//
// Size: AgencyOS's snapshot is ~1 MB of JSON. Only what a comparison reads is kept (Directus's
// own collections, fields and relations and meta ids left out), as gzip in base64: ~50 KB for
// AgencyOS, so several servers fit in localStorage's ~5 MB. When storage is full the other
// last visits are dropped first; if it is still full, nothing is kept (a convenience only).
import type { DirectusSchema } from '../../domain/directus-types';
import { withoutSystemItems } from '../../domain/review/own-model';
import { publicDirectusUrl } from '../canvas/layout/layout-file';

export const LAST_VISIT_PREFIX = 'relata.lastVisit.v1:';

export interface LastVisit {
  /** ISO time of the read it keeps. */
  savedAt: string;
  schema: DirectusSchema;
}

/** The storage key: the URL without credentials or query, and the user id. No token. */
export function lastVisitKey(url: string, userId: string): string {
  return `${LAST_VISIT_PREFIX}${publicDirectusUrl(url)}#${userId}`;
}

function withoutId<T extends { meta?: object | null }>(item: T): T {
  if (!item.meta || !('id' in item.meta)) return item;
  const meta: Record<string, unknown> = { ...item.meta };
  delete meta.id;
  return { ...item, meta };
}

/** The model without what compareModels leaves out anyway: Directus's own items and meta ids. */
export function compactSchema(schema: DirectusSchema): DirectusSchema {
  const own = withoutSystemItems(schema);
  return { ...own, fields: own.fields.map(withoutId), relations: own.relations.map(withoutId) };
}

const GZIP = 'gz:';
const PLAIN = 'json:';

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const piped = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(piped).arrayBuffer());
}

/** Items turned into JSON between two pauses: a few milliseconds' work, 50-150 KB of text. */
const SLICE = 250;

/** Lets the page draw a frame (or, where the browser offers it, waits until it is idle). */
const pause = () =>
  new Promise<void>((resolve) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(() => resolve(), { timeout: 1000 })
      : setTimeout(resolve, 0),
  );

/**
 * The text of JSON.stringify({ savedAt, schema: compactSchema(schema) }), a slice of items at a
 * time: at 500 collections (9 MB read) turning it into JSON, encoding it as UTF-8 and deflating
 * it is 0.1-0.2 s of work, which in one piece would stall the diagram while it is laid out.
 */
function* visitJsonPieces({ savedAt, schema }: LastVisit): Generator<string> {
  const own = withoutSystemItems(schema);
  const lists: [keyof DirectusSchema, readonly object[], boolean][] = [
    ['collections', own.collections, false],
    ['fields', own.fields, true],
    ['relations', own.relations, true],
  ];
  yield `{"savedAt":${JSON.stringify(savedAt)},"schema":{`;
  for (const [index, [name, items, dropId]] of lists.entries()) {
    yield `${index ? ',' : ''}${JSON.stringify(name)}:[`;
    for (let at = 0; at < items.length; at += SLICE) {
      const json = items
        .slice(at, at + SLICE)
        .map((item) => JSON.stringify(dropId ? withoutId(item as { meta?: object | null }) : item));
      yield `${at ? ',' : ''}${json.join(',')}`;
    }
    yield ']';
  }
  yield '}}';
}

/** Bytes turned into base64 between two pauses; a multiple of 3, so the pieces join up. */
const BASE64_SLICE = 3 * 0x8000;

async function toBase64(bytes: Uint8Array): Promise<string> {
  const pieces: string[] = [];
  for (let at = 0; at < bytes.length; at += BASE64_SLICE) {
    let binary = '';
    const slice = bytes.subarray(at, at + BASE64_SLICE);
    for (let i = 0; i < slice.length; i += 0x8000)
      binary += String.fromCharCode(...slice.subarray(i, i + 0x8000));
    pieces.push(btoa(binary));
    if (at + BASE64_SLICE < bytes.length) await pause();
  }
  return pieces.join('');
}

/** The visit as stored: gzip in base64, each piece of JSON encoded and deflated between pauses. */
export async function encodeLastVisit(visit: LastVisit): Promise<string> {
  if (typeof CompressionStream === 'undefined') {
    let json = '';
    for (const piece of visitJsonPieces(visit)) json += piece;
    return `${PLAIN}${json}`;
  }
  const stream = new CompressionStream('gzip');
  const compressed = new Response(stream.readable).arrayBuffer();
  const writer = stream.writable.getWriter();
  const encoder = new TextEncoder();
  for (const piece of visitJsonPieces(visit)) {
    await writer.write(encoder.encode(piece));
    await pause();
  }
  await writer.close();
  return `${GZIP}${await toBase64(new Uint8Array(await compressed))}`;
}

/** The visit, or null for anything that is not one (an older format, a truncated write). */
export async function decodeLastVisit(text: string | null): Promise<LastVisit | null> {
  if (!text) return null;
  try {
    const json = text.startsWith(GZIP)
      ? new TextDecoder().decode(
          await pipe(fromBase64(text.slice(GZIP.length)), new DecompressionStream('gzip')),
        )
      : text.startsWith(PLAIN)
        ? text.slice(PLAIN.length)
        : null;
    if (json === null) return null;
    const value = JSON.parse(json) as Partial<LastVisit>;
    const schema = value.schema;
    if (
      typeof value.savedAt !== 'string' ||
      !schema ||
      !Array.isArray(schema.collections) ||
      !Array.isArray(schema.fields) ||
      !Array.isArray(schema.relations)
    )
      return null;
    return { savedAt: value.savedAt, schema };
  } catch {
    return null;
  }
}

export type LastVisitStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

function defaultStorage(): LastVisitStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export interface LastVisitStore {
  read(key: string): Promise<LastVisit | null>;
  /** True when the visit was kept. */
  write(key: string, schema: DirectusSchema): Promise<boolean>;
}

export function createLastVisitStore(
  storage: LastVisitStorage | null = defaultStorage(),
  now: () => Date = () => new Date(),
): LastVisitStore {
  const others = (key: string) => {
    const keys: string[] = [];
    for (let i = 0; i < (storage?.length ?? 0); i++) {
      const k = storage?.key(i);
      if (k && k !== key && k.startsWith(LAST_VISIT_PREFIX)) keys.push(k);
    }
    return keys;
  };
  return {
    read: async (key) => {
      try {
        return await decodeLastVisit(storage?.getItem(key) ?? null);
      } catch {
        return null;
      }
    },
    write: async (key, schema) => {
      if (!storage) return false;
      const text = await encodeLastVisit({ savedAt: now().toISOString(), schema });
      try {
        storage.setItem(key, text);
        return true;
      } catch {
        // Full: the other servers' last visits go first.
        for (const other of others(key)) storage.removeItem(other);
        try {
          storage.setItem(key, text);
          return true;
        } catch {
          return false;
        }
      }
    },
  };
}
