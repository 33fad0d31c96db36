import { describe, expect, it } from 'vitest';
import type { RelataClient } from './client';
import {
  listSharedLayouts,
  readSharedLayout,
  saveSharedLayout,
  SharedLayoutConflict,
} from './shared-layouts';

interface Sent {
  method: string;
  path: string;
  params?: Record<string, unknown>;
  body?: unknown;
}

/** A client that answers from a list of presets and records every request. */
function aClient(rows: Record<string, unknown>[]) {
  const sent: Sent[] = [];
  const client = {
    async request(
      command: () => { method?: string; path: string; params?: Record<string, unknown>; body?: string },
    ) {
      const options = command();
      const request = {
        method: options.method ?? 'GET',
        path: options.path,
        params: options.params,
        body: options.body ? JSON.parse(options.body) : undefined,
      };
      sent.push(request);
      if (request.method === 'GET' && request.path === '/presets') return rows;
      if (request.method === 'GET') return rows.find((row) => request.path === `/presets/${row.id}`);
      return { id: 9, ...(request.body as object) };
    },
  } as unknown as RelataClient;
  return { client, sent, writes: () => sent.filter((request) => request.method !== 'GET') };
}

const row = (id: number, name: string, version: number) => ({
  id,
  bookmark: name,
  layout_query: {
    relata: { version, savedAt: '2026-11-29T10:00:00.000Z', savedBy: { id: 'u1', email: 'a@x.io' } },
  },
  layout_options: { relata: { positions: {} } },
});

const save = { content: { positions: { articles: { x: 1, y: 2 } } }, savedBy: { id: 'u2', email: 'b@x.io' } };
const now = () => new Date('2026-11-29T12:00:00.000Z');

describe('shared layouts in directus_presets', () => {
  it('lists only global relata presets, with their version and saver', async () => {
    const { client, sent } = aClient([row(3, 'Team', 2)]);
    expect(await listSharedLayouts(client)).toEqual([
      {
        id: 3,
        name: 'Team',
        version: 2,
        savedAt: '2026-11-29T10:00:00.000Z',
        savedBy: { id: 'u1', email: 'a@x.io' },
      },
    ]);
    expect(JSON.stringify(sent[0]?.params)).toContain('"user":{"_null":true}');
    expect(JSON.stringify(sent[0]?.params)).toContain('"role":{"_null":true}');
    expect(JSON.stringify(sent[0]?.params)).toContain('"layout":{"_eq":"relata"}');
  });

  it('reads one layout with what was stored', async () => {
    const { client } = aClient([row(3, 'Team', 2)]);
    expect((await readSharedLayout(client, 3)).content).toEqual({ positions: {} });
  });

  it('creates a new name as a global bookmark, version 1', async () => {
    const { client, writes } = aClient([]);
    const meta = await saveSharedLayout(client, { ...save, name: 'Team', base: null, now });
    expect(meta.version).toBe(1);
    expect(writes()).toEqual([
      {
        method: 'POST',
        path: '/presets',
        params: expect.anything(),
        body: {
          bookmark: 'Team',
          collection: 'directus_relations',
          layout: 'relata',
          user: null,
          role: null,
          icon: 'schema',
          layout_query: {
            relata: { version: 1, savedAt: '2026-11-29T12:00:00.000Z', savedBy: save.savedBy },
          },
          layout_options: { relata: save.content },
        },
      },
    ]);
  });

  it('saves over the version it started from as the next version', async () => {
    const { client, writes } = aClient([row(3, 'Team', 2)]);
    const meta = await saveSharedLayout(client, { ...save, name: 'Team', base: { id: 3, version: 2 }, now });
    expect(meta.version).toBe(3);
    expect(writes()[0]).toMatchObject({ method: 'PATCH', path: '/presets/3' });
  });

  it('refuses to replace a newer version saved by someone else, writing nothing', async () => {
    const { client, writes } = aClient([row(3, 'Team', 4)]);
    const saving = saveSharedLayout(client, { ...save, name: 'Team', base: { id: 3, version: 2 }, now });
    await expect(saving).rejects.toBeInstanceOf(SharedLayoutConflict);
    await expect(saving).rejects.toMatchObject({ reason: 'newer', current: { version: 4 } });
    expect(writes()).toEqual([]);
  });

  it('refuses to take over another layout by its name', async () => {
    const { client, writes } = aClient([row(3, 'Team', 1)]);
    await expect(saveSharedLayout(client, { ...save, name: 'Team', base: null, now })).rejects.toMatchObject({
      reason: 'exists',
    });
    expect(writes()).toEqual([]);
  });

  it('replaces it anyway when the saver chooses to', async () => {
    const { client, writes } = aClient([row(3, 'Team', 4)]);
    const meta = await saveSharedLayout(client, {
      ...save,
      name: 'Team',
      base: { id: 3, version: 2 },
      overwrite: true,
      now,
    });
    expect(meta.version).toBe(5);
    expect(writes()[0]).toMatchObject({ method: 'PATCH', path: '/presets/3' });
  });
});
