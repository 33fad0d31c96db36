import { describe, expect, it } from 'vitest';
import type { DirectusRelation } from '../../domain/directus-types';
import { aRelation } from '../../testing/builders';
import type { RelataClient } from '../client';
import { ConflictError } from '../errors';
import { commitWithSchemaApply } from './schema-apply';

type Command = () => { path: string; method?: string; body?: string };

const opened = aRelation();
const edited: DirectusRelation = {
  ...opened,
  meta: opened.meta && { ...opened.meta, one_deselect_action: 'delete' },
};
const save = [{ kind: 'updateRelation' as const, before: opened, relation: edited }];

const forbidden = {
  errors: [{ message: "You don't have permission to access this.", extensions: { code: 'FORBIDDEN' } }],
  response: { status: 403 },
};

/** /relations/articles/author holding `current` (null: gone), and the lock's presets. */
function server(current: DirectusRelation | null) {
  const requests: { method: string; path: string; body?: unknown }[] = [];
  const client = {
    request: (command: Command) => {
      const { path, method = 'GET', body } = command();
      requests.push({ method, path, body: body ? JSON.parse(body) : undefined });
      if (path === '/relations/articles/author' && method === 'GET')
        return current ? Promise.resolve(current) : Promise.reject(forbidden);
      return Promise.resolve(new Response(null, { status: 204 }));
    },
  };
  const writes = () => requests.filter((r) => r.path.startsWith('/relations') && r.method !== 'GET');
  return { client: client as unknown as RelataClient, requests, writes };
}

describe("the form's save: one relation update", () => {
  it('is one PATCH of the full relation, behind the lock, with no schema-wide request', async () => {
    const { client, requests, writes } = server(opened);
    await commitWithSchemaApply(client, save);
    expect(requests.map((r) => `${r.method} ${r.path}`).slice(0, 3)).toEqual([
      'POST /presets',
      'GET /relations/articles/author',
      'PATCH /relations/articles/author',
    ]);
    expect(writes()[0]?.body).toEqual({
      collection: 'articles',
      field: 'author',
      related_collection: 'authors',
      meta: {
        one_field: null,
        sort_field: null,
        one_deselect_action: 'delete',
        junction_field: null,
        one_allowed_collections: null,
        one_collection_field: null,
      },
      schema: { on_delete: 'SET NULL', on_update: 'NO ACTION' },
    });
    expect(requests.some((r) => r.path.startsWith('/schema'))).toBe(false);
  });

  it('says what someone else changed, and sends nothing', async () => {
    const theirs = {
      ...opened,
      schema: opened.schema && { ...opened.schema, on_delete: 'CASCADE' as const },
    };
    const { client, writes } = server(theirs);
    const error = await commitWithSchemaApply(client, save).catch((e: unknown) => e);
    expect((error as ConflictError).conflicts[0]?.differences).toEqual([
      { path: 'schema.on_delete', before: 'SET NULL', after: 'CASCADE' },
    ]);
    expect(writes()).toEqual([]);
  });

  it('reads a relation Directus no longer has as deleted', async () => {
    const { client, writes } = server(null);
    const error = await commitWithSchemaApply(client, save).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).conflicts[0]).toMatchObject({
      deleted: true,
      current: null,
      message: 'articles.author was deleted in Directus since you opened it.',
    });
    expect(writes()).toEqual([]);
  });

  it('re-creates a deleted relation with POST when nothing is left of it', async () => {
    const { client, writes } = server(null);
    await commitWithSchemaApply(client, save, { overwrite: true });
    expect(writes().map((r) => `${r.method} ${r.path}`)).toEqual(['POST /relations']);
  });

  it('gives a foreign key left without its relation row (SQLite) its row back with PATCH', async () => {
    const { client, writes } = server(aRelation({ meta: null }));
    const error = await commitWithSchemaApply(client, save).catch((e: unknown) => e);
    expect((error as ConflictError).conflicts[0]).toMatchObject({ deleted: true });
    await commitWithSchemaApply(client, save, { overwrite: true });
    expect(writes().map((r) => `${r.method} ${r.path}`)).toEqual(['PATCH /relations/articles/author']);
  });
});
