import { describe, expect, it } from 'vitest';
import type { Step } from '../../domain/changes/steps';
import { aCollection, aField, aForeignKey, aPrimaryKey, aRelation } from '../../testing/builders';
import { fakeClient, type Answer } from '../../testing/fake-client';
import { recorded } from '../../testing/recorded';
import { RelataError } from '../errors';
import { relationFromLegacyRow } from '../legacy/rows';
import { createGraphqlGateway } from './graphql-gateway';

const rc64 = (file: string) => recorded('directus-9.0.0-rc.64-sqlite', file);
const v12 = (file: string) => recorded('directus-12.4.0-sqlite', file);

const collections = [aCollection('articles'), aCollection('authors'), aCollection('articles_tags')];
const fields = [
  aPrimaryKey('articles'),
  aPrimaryKey('authors'),
  aPrimaryKey('articles_tags'),
  aForeignKey('articles', 'author'),
  aField({ collection: 'articles', field: 'author_name', type: 'integer' }),
  aField({ collection: 'articles_tags', field: 'articles_id', type: 'integer' }),
];

interface Sent {
  query: string;
  variables: Record<string, unknown>;
}

/** /graphql/system with the model above; `mutations` answers everything else. */
function server(relations: unknown[], mutations: (request: Sent) => Answer) {
  return fakeClient((request) => {
    const body = request.body as Sent;
    if (body.query.startsWith('query RelataModel'))
      return { status: 200, response: { data: { collections, fields, relations } } };
    return mutations(body);
  });
}
const mutationsOf = (sent: { body: unknown }[]) =>
  sent
    .map((r) => (r.body as Sent).query)
    .filter((q) => q.startsWith('mutation'))
    .map((q) => /\{\s*([a-z_]+)\(/.exec(q)?.[1]);

describe('the GraphQL gateway', () => {
  it('turns a resolver error answered with 200 into the RelataError REST gives, and undoes what was made', async () => {
    const client = server([], (body) =>
      body.query.includes('create_relations_item')
        ? v12('66-graphql-system-create_relations_item-meta-only.json')
        : {
            status: 200,
            response: {
              data: {
                create_fields_item: { collection: 'articles', field: 'x' },
                delete_fields_item: { collection: 'articles', field: 'x' },
              },
            },
          },
    );
    const plan: Step[] = [
      {
        kind: 'createField',
        field: { collection: 'articles', field: 'editor', type: 'integer', meta: {}, schema: {} },
      },
      { kind: 'createRelation', relation: aRelation({ field: 'editor' }) },
    ];
    const error = await createGraphqlGateway(client, 'current')
      .commit(plan)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RelataError);
    expect((error as RelataError).kind).toBe('invalid-payload');
    expect((error as RelataError).reason).toContain('already has an associated relationship');
    expect((error as RelataError).message).toContain('undone: nothing was changed');
    expect(mutationsOf(client.sent)).toEqual([
      'create_fields_item',
      'create_relations_item',
      'delete_fields_item',
    ]);
  });

  it('reports an update of a missing row (null, no errors) as a failure', async () => {
    const row = { ...(rc64('06-get-relation-by-id.json').response.data as object), id: 999 };
    const client = server([row], (body) =>
      body.query.includes('relations_by_id')
        ? { status: 200, response: { data: { relations_by_id: row } } }
        : rc64('40-graphql-system-update_relations_item-missing-id.json'),
    );
    const before = relationFromLegacyRow(row as never);
    const error = await createGraphqlGateway(client, 'legacy')
      .commit([
        { kind: 'updateRelation', before, relation: { ...before, meta: { ...before.meta, one_field: 'x' } } },
      ])
      .catch((e: unknown) => e);
    expect((error as RelataError).message).toMatch(/answered update_relations_item with null/);
  });

  it('reads a row again by id, and a missing id (answered with a system row) as deleted', async () => {
    const row = rc64('06-get-relation-by-id.json').response.data as { id: number };
    const client = server([row], () => rc64('38-graphql-system-relations_by_id-missing.json'));
    const error = await createGraphqlGateway(client, 'legacy')
      .commit([{ kind: 'deleteRelation', before: relationFromLegacyRow(row as never) }])
      .catch((e: unknown) => e);
    expect((error as RelataError).kind).toBe('conflict');
    expect((error as RelataError).message).toContain('was deleted in Directus');
    expect(mutationsOf(client.sent)).toEqual([]);
  });

  it('deletes several rows with one delete_relations_items', async () => {
    const rows = [1, 2].map((id) => ({
      id,
      many_collection: 'articles_tags',
      many_field: `f${id}`,
      one_collection: 'articles',
    }));
    const client = server(rows, (body) =>
      body.query.includes('relations_by_id')
        ? {
            status: 200,
            response: { data: { relations_by_id: rows.find((r) => r.id === body.variables['id']) } },
          }
        : rc64('41-graphql-system-delete_relations_items.json'),
    );
    await createGraphqlGateway(client, 'legacy').commit(
      rows.map((row): Step => ({ kind: 'deleteRelation', before: relationFromLegacyRow(row) })),
    );
    expect(mutationsOf(client.sent)).toEqual(['delete_relations_items']);
    expect((client.sent.at(-1)?.body as Sent).variables).toEqual({ ids: [1, 2] });
  });

  it('refuses to create a collection over Directus 12 GraphQL before sending anything', async () => {
    const client = server([], () => ({ status: 500, response: null }));
    const error = await createGraphqlGateway(client, 'current')
      .commit([
        {
          kind: 'createCollection',
          collection: {
            collection: 'articles_tags2',
            meta: { hidden: true },
            schema: { name: 'articles_tags2' },
            fields: [],
          },
        },
      ])
      .catch((e: unknown) => e);
    expect((error as RelataError).kind).toBe('refused');
    expect((error as RelataError).message).toContain('cannot create a collection');
    expect(mutationsOf(client.sent)).toEqual([]);
  });
});
