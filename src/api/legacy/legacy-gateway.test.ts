import { describe, expect, it } from 'vitest';
import type { Step } from '../../domain/changes/steps';
import { aCollection, aField, aForeignKey, aPrimaryKey, aRelation } from '../../testing/builders';
import { fakeClient, type Answer, type SentRequest } from '../../testing/fake-client';
import { recorded } from '../../testing/recorded';
import { PartialCommitError, RelataError } from '../errors';
import { createLegacyRestGateway } from './legacy-gateway';
import { relationFromLegacyRow } from './rows';

const rc64 = (file: string) => recorded('directus-9.0.0-rc.64-sqlite', file);

const collections = [aCollection('articles'), aCollection('authors'), aCollection('tags')];
const fields = [
  aPrimaryKey('articles'),
  aPrimaryKey('authors'),
  aPrimaryKey('tags'),
  aForeignKey('articles', 'author'),
  aField({ collection: 'articles', field: 'title', type: 'integer' }),
  aField({ collection: 'tags', field: 'name', type: 'integer' }),
];
/** The row rc.64 answered for articles.author (id 1). */
const authorRow = rc64('06-get-relation-by-id.json').response.data as { id: number };

/** A server with the model above; `writes` answers everything that is not a read. */
function server(writes: (request: SentRequest) => Answer, rows: unknown[] = [authorRow]) {
  return fakeClient((request) => {
    if (request.method === 'GET') {
      if (request.path === '/collections') return { status: 200, response: { data: collections } };
      if (request.path === '/fields') return { status: 200, response: { data: fields } };
      if (request.path === '/relations?limit=-1') return { status: 200, response: { data: rows } };
      const byId = /^\/relations\/(\d+)$/.exec(request.path);
      const row = rows.find((r) => (r as { id?: number }).id === Number(byId?.[1]));
      return row ? { status: 200, response: { data: row } } : rc64('09-err-get-relation-nonexistent-id.json');
    }
    return writes(request);
  });
}
const writesOf = (sent: SentRequest[]) =>
  sent.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);

const newRelation = (field: string, collection = 'articles'): Step => ({
  kind: 'createRelation',
  relation: aRelation({ collection, field, schema: null }),
});

describe('the id-addressed REST gateway', () => {
  it('draws the first diagram from the rows read while connecting, and reads them again after', async () => {
    const client = server(() => ({ status: 200, response: { data: null } }), []);
    const gateway = createLegacyRestGateway(client, [authorRow]);
    expect((await gateway.readModel()).relations).toEqual([relationFromLegacyRow(authorRow as never)]);
    expect(client.sent.map((r) => r.path).sort()).toEqual(['/collections', '/fields']);
    client.sent.length = 0;
    expect((await gateway.readModel()).relations).toEqual([]);
    expect(client.sent.map((r) => r.path).sort()).toEqual(['/collections', '/fields', '/relations?limit=-1']);
  });

  it('reads rows by id into relations without foreign keys', async () => {
    const gateway = createLegacyRestGateway(server(() => ({ status: 500, response: null })));
    const model = await gateway.readModel();
    expect(model.relations).toEqual([relationFromLegacyRow(authorRow as never)]);
    expect(gateway.generation).toBe('legacy');
  });

  it('creates several relations with one POST of an array and keeps their ids', async () => {
    const client = server(() => rc64('34-post-relations-array.json'), []);
    const gateway = createLegacyRestGateway(client);
    await gateway.commit([newRelation('title'), newRelation('name', 'tags')]);
    expect(writesOf(client.sent)).toEqual(['POST /relations']);
    const body = client.sent.find((r) => r.method === 'POST')?.body;
    const recordedBody = rc64('34-post-relations-array.json').request.body as object[];
    expect(body).toEqual(recordedBody.map((row) => expect.objectContaining(row)));
  });

  it('deletes several relations with one DELETE of the ids', async () => {
    const rows = [authorRow, { ...authorRow, id: 2, many_field: 'title' }];
    const client = server(() => rc64('35-delete-relations-array.json'), rows);
    const gateway = createLegacyRestGateway(client);
    const relations = rows.map((row) => relationFromLegacyRow(row as never));
    await gateway.commit(relations.map((before): Step => ({ kind: 'deleteRelation', before })));
    expect(writesOf(client.sent)).toEqual(['DELETE /relations']);
    expect(client.sent.at(-1)?.body).toEqual([1, 2]);
    // Each row was read again by id before.
    expect(client.sent.filter((r) => /^\/relations\/\d+$/.test(r.path)).map((r) => r.path)).toEqual([
      '/relations/1',
      '/relations/2',
    ]);
  });

  it('reports a PATCH that rc.64 answers with nothing as a failure', async () => {
    const row = { ...authorRow, id: 999 };
    const client = server(() => rc64('10-patch-relation-nonexistent-id-200-empty.json'), [row]);
    const before = relationFromLegacyRow(row as never);
    const error = await createLegacyRestGateway(client)
      .commit([
        { kind: 'updateRelation', before, relation: { ...before, meta: { ...before.meta, one_field: 'x' } } },
      ])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RelataError);
    expect((error as RelataError).message).toMatch(/relation row 999 .* with nothing/);
    expect(writesOf(client.sent)).toEqual(['PATCH /relations/999']);
  });

  it('says a row deleted meanwhile is gone, reading it by id, and sends nothing', async () => {
    const client = server(() => ({ status: 200, response: null }), []);
    const before = relationFromLegacyRow(authorRow as never);
    const error = await createLegacyRestGateway(client)
      .commit([{ kind: 'deleteRelation', before }])
      .catch((e: unknown) => e);
    expect((error as RelataError).kind).toBe('conflict');
    expect((error as RelataError).message).toContain('was deleted in Directus');
    expect(client.sent.map((r) => r.path)).toContain('/relations/1');
    expect(writesOf(client.sent)).toEqual([]);
  });

  it('refuses what rc.64 would wrongly accept, before any write', async () => {
    for (const [step, message] of [
      [newRelation('title', 'articles'), null],
      [
        { kind: 'createRelation', relation: aRelation({ field: 'title', related_collection: 'nope' }) },
        /nope doesn't exist/,
      ],
      [newRelation('nofield'), /articles.nofield doesn't exist/],
      [newRelation('author'), /already has a relation/],
    ] as [Step, RegExp | null][]) {
      const client = server(() => rc64('04-create-relation-old-shape.json'));
      // Overwrite skips the check that the field got a relation meanwhile: the refusal still holds.
      const error = await createLegacyRestGateway(client)
        .commit([step], { overwrite: true })
        .catch((e: unknown) => e);
      if (!message) {
        expect(error).toBeUndefined();
        continue;
      }
      expect((error as RelataError).kind).toBe('refused');
      expect((error as RelataError).message).toMatch(message);
      expect(writesOf(client.sent)).toEqual([]);
    }
  });

  it('undoes the field it made when the relation fails, and says what is left when that fails too', async () => {
    const field: Step = {
      kind: 'createField',
      field: { collection: 'articles', field: 'editor', type: 'integer', meta: {}, schema: {} },
    };
    const plan = [field, newRelation('editor')];
    const fieldAnswer = { status: 200, response: { data: { collection: 'articles', field: 'editor' } } };
    const crash = rc64('17-graphql-system-relations.json');
    const undone = server((r) => (r.method === 'POST' && r.path === '/relations' ? crash : fieldAnswer));
    const error = await createLegacyRestGateway(undone)
      .commit(plan)
      .catch((e: unknown) => e);
    expect(writesOf(undone.sent)).toEqual([
      'POST /fields/articles',
      'POST /relations',
      'DELETE /fields/articles/editor',
    ]);
    expect((error as RelataError).message).toMatch(/undone: nothing was changed/);

    const stuck = server((r) =>
      r.method === 'POST' ? (r.path === '/relations' ? crash : fieldAnswer) : crash,
    );
    const partial = await createLegacyRestGateway(stuck)
      .commit(plan)
      .catch((e: unknown) => e);
    expect(partial).toBeInstanceOf(PartialCommitError);
    expect((partial as PartialCommitError).message).toContain(
      'Still in Directus: create field articles.editor',
    );
  });
});
