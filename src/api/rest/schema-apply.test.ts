import { describe, expect, it } from 'vitest';
import type { Step } from '../../domain/changes/steps';
import type { DirectusRelation, DirectusSchema } from '../../domain/directus-types';
import { aRelation, aSchema } from '../../testing/builders';
import type { RelataClient } from '../client';
import { ConflictError } from '../errors';
import { commitWithSchemaApply } from './schema-apply';

type Command = () => { path: string; method?: string; body?: string };

const author = aRelation();
const category = aRelation({ field: 'category', related_collection: 'categories' });
const withDeselect = (relation: DirectusRelation, action: 'nullify' | 'delete') => ({
  ...relation,
  meta: relation.meta && { ...relation.meta, one_deselect_action: action },
});
const withOnDelete = (relation: DirectusRelation, action: 'CASCADE' | 'SET NULL') => ({
  ...relation,
  schema: relation.schema && { ...relation.schema, on_delete: action },
});

/**
 * /schema/snapshot, /schema/diff and /schema/apply on a model of relations, with the hash guard,
 * and a hook to change the model between a diff and its apply (someone else saving).
 */
function fakeServer(initial: DirectusSchema, between?: (model: DirectusSchema) => DirectusSchema) {
  let model = initial;
  let version = 0;
  let interfere = between;
  const presets = new Set<number>();
  const requests: string[] = [];
  const client = {
    request: (command: Command) => {
      const { path, method = 'GET', body } = command();
      requests.push(`${method} ${path}`);
      if (path.startsWith('/presets')) {
        const id = Number(path.split('/')[2] ?? JSON.parse(body ?? '{}').id);
        if (method === 'POST') presets.add(id);
        if (method === 'DELETE') presets.delete(id);
        return Promise.resolve(new Response(null, { status: 204 }));
      }
      if (path === '/schema/snapshot')
        return Promise.resolve({ version: 1, directus: '12.4.0', ...structuredClone(model) });
      if (path === '/schema/diff') {
        const planned = JSON.parse(body ?? '{}') as DirectusSchema;
        const relations = planned.relations.flatMap((after) => {
          const before = model.relations.find(
            (r) => r.collection === after.collection && r.field === after.field,
          );
          if (!before || JSON.stringify(before) === JSON.stringify(after)) return [];
          const diff = [];
          if (before.meta?.one_deselect_action !== after.meta?.one_deselect_action)
            diff.push({
              kind: 'E',
              path: ['meta', 'one_deselect_action'],
              lhs: before.meta?.one_deselect_action,
              rhs: after.meta?.one_deselect_action,
            });
          if (before.schema?.on_delete !== after.schema?.on_delete)
            diff.push({
              kind: 'E',
              path: ['schema', 'on_delete'],
              lhs: before.schema?.on_delete,
              rhs: after.schema?.on_delete,
            });
          return [{ collection: after.collection, field: after.field, diff, planned: after }];
        });
        const answer = { hash: `v${version}`, diff: { collections: [], fields: [], relations } };
        if (interfere) {
          model = interfere(model);
          version += 1;
          interfere = undefined;
        }
        return Promise.resolve(answer);
      }
      if (path === '/schema/apply') {
        const { hash, diff } = JSON.parse(body ?? '{}') as {
          hash: string;
          diff: { relations: { collection: string; field: string; planned: DirectusRelation }[] };
        };
        if (hash !== `v${version}`)
          return Promise.reject({
            errors: [
              {
                message: "Invalid payload. Provided hash does not match the current instance's schema hash.",
                extensions: {
                  code: 'INVALID_PAYLOAD',
                  reason: "Provided hash does not match the current instance's schema hash",
                },
              },
            ],
            response: { status: 400 },
          });
        model = {
          ...model,
          relations: model.relations.map(
            (r) =>
              diff.relations.find((d) => d.collection === r.collection && d.field === r.field)?.planned ?? r,
          ),
        };
        version += 1;
        return Promise.resolve(new Response(null, { status: 204 }));
      }
      return Promise.reject(new Error(`unexpected ${method} ${path}`));
    },
  };
  return { client: client as unknown as RelataClient, model: () => model, requests, presets };
}

// With a field created first, so the plan goes through /schema/apply (one relation update
// alone is a PATCH: patch-relation.test.ts).
const sortField = {
  collection: 'articles',
  field: 'author_sort',
  type: 'integer',
  meta: { hidden: true },
  schema: {},
} as const;
const update = (before: DirectusRelation, after: DirectusRelation): Step[] => [
  { kind: 'createField', field: structuredClone(sortField) as never },
  { kind: 'updateRelation', before, relation: after },
];

describe('commitWithSchemaApply', () => {
  it('saves behind the lock: lock, snapshot, diff, apply', async () => {
    const server = fakeServer(aSchema({ relations: [author] }));
    await commitWithSchemaApply(server.client, update(author, withDeselect(author, 'delete')));
    expect(server.model().relations[0]?.meta?.one_deselect_action).toBe('delete');
    expect(server.requests.slice(0, 4)).toEqual([
      'POST /presets',
      'GET /schema/snapshot',
      'POST /schema/diff',
      'POST /schema/apply',
    ]);
  });

  it('turns a refused hash into the conflict it hides: what the other editor changed', async () => {
    const server = fakeServer(aSchema({ relations: [author] }), (model) => ({
      ...model,
      relations: [withOnDelete(author, 'CASCADE')],
    }));
    const saving = commitWithSchemaApply(server.client, update(author, withDeselect(author, 'delete')));
    const error = await saving.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    const [conflict] = (error as ConflictError).conflicts;
    expect(conflict?.differences).toEqual([
      { path: 'schema.on_delete', before: 'SET NULL', after: 'CASCADE' },
    ]);
    // Nothing of ours was written; theirs stands.
    expect(server.model().relations[0]).toEqual(withOnDelete(author, 'CASCADE'));
  });

  it('tries again when something the save does not touch changed meanwhile', async () => {
    const server = fakeServer(aSchema({ relations: [author, category] }), (model) => ({
      ...model,
      relations: [author, withOnDelete(category, 'CASCADE')],
    }));
    await commitWithSchemaApply(server.client, update(author, withDeselect(author, 'delete')));
    expect(server.model().relations).toEqual([
      withDeselect(author, 'delete'),
      withOnDelete(category, 'CASCADE'),
    ]);
    expect(server.requests.filter((r) => r === 'POST /schema/apply')).toHaveLength(2);
  });
});

describe('a relation on a foreign key that has no relation row', () => {
  // What SQLite keeps after a delete: /relations lists it without meta, the snapshot leaves it out.
  const bare = aRelation({ meta: null });
  const snapshot = aSchema({
    fields: [
      {
        collection: 'articles',
        field: 'author',
        type: 'integer',
        meta: null,
        schema: { foreign_key_table: 'authors' } as never,
      },
    ],
  });

  function server() {
    const requests: { method: string; path: string; body?: string }[] = [];
    const client = {
      request: (command: Command) => {
        const { path, method = 'GET', body } = command();
        requests.push({ method, path, body });
        if (path === '/schema/snapshot')
          return Promise.resolve({ version: 1, directus: '12.4.0', ...snapshot });
        if (path === '/relations/articles/author') return Promise.resolve(method === 'GET' ? bare : {});
        return Promise.resolve(new Response(null, { status: 204 }));
      },
    };
    return { client: client as unknown as RelataClient, requests };
  }

  it('is reported as deleted when the form had it with meta', async () => {
    const { client } = server();
    const error = await commitWithSchemaApply(client, update(author, withDeselect(author, 'delete'))).catch(
      (e: unknown) => e,
    );
    expect((error as ConflictError).conflicts[0]).toMatchObject({ deleted: true, current: bare });
  });

  it('cannot be given a relation together with other changes: says so, nothing is sent', async () => {
    const { client, requests } = server();
    const saving = commitWithSchemaApply(client, update(author, withDeselect(author, 'delete')), {
      overwrite: true,
    });
    await expect(saving).rejects.toThrow(/foreign key on articles.author without a relation row/);
    expect(requests.some((r) => r.method === 'PATCH' || r.path === '/schema/apply')).toBe(false);
  });
});
