import { describe, expect, it } from 'vitest';
import { compareModels, isUnchanged } from '../../domain/review/compare';
import { loadRealSchema } from '../../testing/real-schemas';
import { corpusPresent } from '../../testing/review-corpus';
import { aDemoSchema } from '../../testing/review-fixtures';
import {
  compactSchema,
  createLastVisitStore,
  decodeLastVisit,
  encodeLastVisit,
  lastVisitKey,
  LAST_VISIT_PREFIX,
  type LastVisitStorage,
} from './last-visit';

/** localStorage in memory, refusing writes past `limit` characters in all. */
function memoryStorage(limit = Infinity): LastVisitStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    get length() {
      return items.size;
    },
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (key) => items.get(key) ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => {
      const used = [...items].reduce((sum, [k, v]) => sum + (k === key ? 0 : k.length + v.length), 0);
      if (used + key.length + value.length > limit) throw new DOMException('full', 'QuotaExceededError');
      items.set(key, value);
    },
  };
}

const at = () => new Date('2025-01-02T03:04:05.000Z');

describe('lastVisitKey', () => {
  it('is per Directus URL and user, without credentials or query', () => {
    expect(lastVisitKey('https://cms.example.com/', 'u1')).toBe(
      `${LAST_VISIT_PREFIX}https://cms.example.com#u1`,
    );
    expect(lastVisitKey('https://cms.example.com', 'u1')).not.toBe(
      lastVisitKey('https://cms.example.com', 'u2'),
    );
  });
});

describe('the last visit store', () => {
  it('keeps the model of the last read, and gives it back as compare needs it', async () => {
    const storage = memoryStorage();
    const store = createLastVisitStore(storage, at);
    const schema = aDemoSchema();
    expect(await store.read('k')).toBeNull();
    expect(await store.write('k', schema)).toBe(true);
    const visit = await store.read('k');
    expect(visit?.savedAt).toBe('2025-01-02T03:04:05.000Z');
    expect(isUnchanged(compareModels(visit!.schema, schema))).toBe(true);
    expect(storage.items.get('k')?.startsWith('gz:')).toBe(true);
  });

  it('leaves out what compare leaves out: system items and meta ids', () => {
    const schema = aDemoSchema();
    schema.collections.push({ collection: 'directus_users', meta: { system: true }, schema: { name: 'u' } });
    schema.fields[0] = { ...schema.fields[0]!, meta: { ...schema.fields[0]!.meta, id: 7 } };
    const compact = compactSchema(schema);
    expect(compact.collections.some((c) => c.collection === 'directus_users')).toBe(false);
    expect(compact.fields[0]?.meta).not.toHaveProperty('id');
  });

  it('drops other servers first when storage is full, and keeps nothing rather than failing', async () => {
    const schema = aDemoSchema();
    const size = (await encodeLastVisit({ savedAt: at().toISOString(), schema })).length;
    const storage = memoryStorage(size * 1.5 + 200);
    const store = createLastVisitStore(storage, at);
    expect(await store.write(lastVisitKey('https://a', 'u'), schema)).toBe(true);
    expect(await store.write(lastVisitKey('https://b', 'u'), schema)).toBe(true);
    expect([...storage.items.keys()]).toEqual([lastVisitKey('https://b', 'u')]);
    const tiny = createLastVisitStore(memoryStorage(10), at);
    expect(await tiny.write('k', schema)).toBe(false);
  });

  it('writes, a slice at a time, the very text JSON.stringify gives, gzipped a slice at a time', async () => {
    const schema = aDemoSchema();
    // More fields than one slice holds, so the text is joined across pauses; names long enough
    // (and of characters beyond 16 bits, in no order gzip could shorten) that the gzip is more
    // than one slice of base64.
    let seed = 7;
    const noise = (length: number) =>
      Array.from({ length }, () => {
        seed = (Math.imul(seed, 1597334677) + 1) >>> 0;
        return String.fromCodePoint(0x1f000 + (seed >>> 20));
      }).join('');
    for (let i = 0; i < 1200; i += 1)
      schema.fields.push({
        ...schema.fields[0]!,
        field: `extra_${i}_${noise(80)}`,
        meta: { ...schema.fields[0]!.meta, id: i },
      });
    const savedAt = at().toISOString();
    const text = await encodeLastVisit({ savedAt, schema });
    // Three slices of base64 at least (a slice is 3 × 32 KB, written as 4 × 32 KB characters).
    expect(text.length).toBeGreaterThan(2 * 4 * 0x8000);
    const visit = await decodeLastVisit(text);
    expect(JSON.stringify(visit)).toBe(JSON.stringify({ savedAt, schema: compactSchema(schema) }));
  });

  it('reads anything else as no visit', async () => {
    expect(await decodeLastVisit('gz:not base64!')).toBeNull();
    expect(await decodeLastVisit('json:{"savedAt":1}')).toBeNull();
    expect(await decodeLastVisit('{}')).toBeNull();
    expect(await createLastVisitStore(null).read('k')).toBeNull();
  });

  it.skipIf(!corpusPresent)('keeps AgencyOS in well under 200 KB', async () => {
    const schema = loadRealSchema('agencyos-snapshot-2024');
    const text = await encodeLastVisit({ savedAt: at().toISOString(), schema });
    expect(JSON.stringify(schema).length).toBeGreaterThan(600_000);
    expect(text.length).toBeLessThan(200_000);
    const visit = await decodeLastVisit(text);
    expect(isUnchanged(compareModels(visit!.schema, schema))).toBe(true);
  });
});
