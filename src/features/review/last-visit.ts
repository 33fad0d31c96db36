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

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

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

/** Items turned into JSON between two pauses: a few milliseconds' work. */
const SLICE = 250;

/** Lets the page draw a frame (or, where the browser offers it, waits until it is idle). */
const pause = () =>
  new Promise<void>((resolve) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(() => resolve(), { timeout: 1000 })
      : setTimeout(resolve, 0),
  );

/**
 * The same text as JSON.stringify({ savedAt, schema: compactSchema(schema) }), written a slice
 * of items at a time: at 500 collections (9 MB read) it is 0.1–0.2 s of work, which in one piece
 * would stall the diagram while it is drawn and laid out.
 */
async function visitJson({ savedAt, schema }: LastVisit): Promise<string> {
  const own = withoutSystemItems(schema);
  const lists: [keyof DirectusSchema, readonly object[], boolean][] = [
    ['collections', own.collections, false],
    ['fields', own.fields, true],
    ['relations', own.relations, true],
  ];
  const parts: string[] = [];
  for (const [name, items, dropId] of lists) {
    const json: string[] = [];
    for (let at = 0; at < items.length; at += SLICE) {
      for (const item of items.slice(at, at + SLICE))
        json.push(JSON.stringify(dropId ? withoutId(item as { meta?: object | null }) : item));
      await pause();
    }
    parts.push(`${JSON.stringify(name)}:[${json.join(',')}]`);
  }
  return `{"savedAt":${JSON.stringify(savedAt)},"schema":{${parts.join(',')}}}`;
}

/** Bytes fed to gzip between two pauses: deflating 1–2 MB in one piece is a 60 ms task. */
const GZIP_SLICE = 128 * 1024;

async function gzipInSlices(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new CompressionStream('gzip');
  const compressed = new Response(stream.readable).arrayBuffer();
  const writer = stream.writable.getWriter();
  for (let at = 0; at < bytes.length; at += GZIP_SLICE) {
    await writer.write(bytes.subarray(at, at + GZIP_SLICE));
    await pause();
  }
  await writer.close();
  return new Uint8Array(await compressed);
}

export async function encodeLastVisit(visit: LastVisit): Promise<string> {
  const json = await visitJson(visit);
  if (typeof CompressionStream === 'undefined') return `${PLAIN}${json}`;
  return `${GZIP}${toBase64(await gzipInSlices(new TextEncoder().encode(json)))}`;
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
