import { createField, createRelation, customEndpoint, deleteRelation, updateRelation } from '@directus/sdk';
import { describe, expect, it } from 'vitest';
import type { Step } from '../../domain/changes/steps';
import type { RestCall } from '../../domain/editing/copy-as';
import { aCollection, aField, aForeignKey, aPrimaryKey, aRelation, aSchema } from '../../testing/builders';
import { groupSteps, wireCalls } from './calls';
import { mutationName } from './graphql-calls';

const model = aSchema({
  collections: [aCollection('articles'), aCollection('authors')],
  fields: [
    aPrimaryKey('articles'),
    aPrimaryKey('authors', 'uid', 'uuid'),
    aForeignKey('articles', 'author', 'm2o', 'uuid'),
    aField({ collection: 'articles', field: 'editor', type: 'uuid' }),
  ],
  relations: [aRelation({ meta: { id: 7 }, schema: null })],
});
const author = model.relations[0]!;
const editor = aRelation({ field: 'editor', related_collection: 'authors' });

const create: Step = { kind: 'createRelation', relation: editor };
const update: Step = {
  kind: 'updateRelation',
  before: author,
  relation: { ...author, meta: { ...author.meta, one_field: 'articles' } },
};
const remove: Step = { kind: 'deleteRelation', before: author };
const field: Step = {
  kind: 'createField',
  field: {
    collection: 'articles',
    field: 'reviewer',
    type: 'integer',
    meta: { special: ['m2o'] },
    schema: {},
  },
};

/** What the SDK composable a call names would send. */
function sdkRequest(call: RestCall) {
  const [a, b, c] = call.sdk.args as [never, never, never];
  const options =
    call.sdk.fn === 'createRelation'
      ? createRelation(a)()
      : call.sdk.fn === 'updateRelation'
        ? updateRelation(a, b, c)()
        : call.sdk.fn === 'deleteRelation'
          ? deleteRelation(a, b)()
          : call.sdk.fn === 'createField'
            ? createField(a, b)()
            : customEndpoint({
                path: call.path,
                method: call.method,
                ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
              })();
  return {
    method: options.method ?? 'GET',
    path: options.path,
    body: options.body === undefined ? undefined : JSON.parse(String(options.body)),
  };
}

describe('the calls a plan is sent as', () => {
  it('batches consecutive relation creations and deletions on the id-addressed API only', () => {
    const plan = [field, create, { ...create }, remove, { ...remove }, update];
    expect(groupSteps(plan, 'legacy').map((g) => g.length)).toEqual([1, 2, 2, 1]);
    expect(groupSteps(plan, 'current').map((g) => g.length)).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('describes exactly what the SDK composable sends', () => {
    for (const generation of ['current', 'legacy'] as const) {
      for (const call of wireCalls([field, create, update, remove], generation, model)) {
        const { method, path, body } = call.rest;
        expect(sdkRequest(call.rest)).toEqual({ method, path, body });
      }
    }
  });

  it('addresses current relations by collection and field, with the full object', () => {
    const [, patch, del] = wireCalls([create, update, remove], 'current', model);
    expect(patch?.rest).toMatchObject({ method: 'PATCH', path: '/relations/articles/author' });
    expect(patch?.rest.body).toEqual({
      collection: 'articles',
      field: 'author',
      related_collection: 'authors',
      meta: {
        one_field: 'articles',
        sort_field: null,
        one_deselect_action: 'nullify',
        junction_field: null,
        one_allowed_collections: null,
        one_collection_field: null,
      },
      schema: { on_delete: 'NO ACTION', on_update: 'NO ACTION' },
    });
    expect(del?.rest).toMatchObject({ method: 'DELETE', path: '/relations/articles/author' });
  });

  it('PATCHes a new relation onto a foreign key left without its row (SQLite)', () => {
    const leftOver = aSchema(model, { relations: [aRelation({ field: 'editor', meta: null })] });
    const [call] = wireCalls([create], 'current', { ...leftOver, relations: leftOver.relations.slice(1) });
    expect(call?.rest).toMatchObject({ method: 'PATCH', path: '/relations/articles/editor' });
    expect(mutationName(call!.graphql)).toBe('update_relations_item');
    const [fresh] = wireCalls([create], 'current', { ...model, relations: [] });
    expect(fresh?.rest.method).toBe('POST');
    expect(mutationName(fresh!.graphql)).toBe('create_relations_item');
  });

  it('addresses legacy rows by id, with primary keys from the model, batches as arrays', () => {
    const second: Step = { kind: 'deleteRelation', before: aRelation({ field: 'editor', meta: { id: 9 } }) };
    const calls = wireCalls(
      [create, { ...create, relation: { ...editor, field: 'author' } }, update, remove, second],
      'legacy',
      {
        ...model,
        relations: [],
      },
    );
    expect(calls.map((c) => `${c.rest.method} ${c.rest.path}`)).toEqual([
      'POST /relations',
      'PATCH /relations/7',
      'DELETE /relations',
    ]);
    expect(calls[0]?.rest.body).toEqual([
      expect.objectContaining({
        many_collection: 'articles',
        many_field: 'editor',
        many_primary: 'id',
        one_primary: 'uid',
      }),
      expect.objectContaining({ many_field: 'author' }),
    ]);
    expect(calls[0]?.summary).toMatch(
      /^Create 2 relations in one request: articles.editor → authors.*; articles.author → authors/,
    );
    expect(calls[2]?.rest.body).toEqual([7, 9]);
    expect(calls[1]?.rest.body).not.toHaveProperty('one_deselect_action');
    expect(calls.map((c) => mutationName(c.graphql))).toEqual([
      'create_relations_items',
      'update_relations_item',
      'delete_relations_items',
    ]);
    expect(calls[1]?.graphql.variables).toMatchObject({ id: 7, data: { one_field: 'articles' } });
    expect(calls[2]?.graphql.variables).toEqual({ ids: [7, 9] });
  });

  it('fills the schema input GraphQL requires and repeats collection and field in update data', () => {
    const [created, updated] = wireCalls([create, update], 'current', { ...model, relations: [author] });
    expect(created?.graphql.variables['data']).toMatchObject({
      schema: {
        table: 'articles',
        column: 'editor',
        foreign_key_table: 'authors',
        foreign_key_column: 'uid',
      },
    });
    expect(updated?.graphql.variables).toMatchObject({
      collection: 'articles',
      field: 'author',
      data: { collection: 'articles', field: 'author' },
    });
  });

  it('keeps to the keys the input types declare', () => {
    const restored: Step = {
      kind: 'createField',
      field: {
        ...aField({ collection: 'articles', field: 'old', type: 'integer' }),
        meta: { id: 40, interface: 'input', searchable: false, sort: 3 },
        schema: { default_value: 0, is_nullable: true, is_indexed: true, foreign_key_schema: null },
      },
    };
    const [current] = wireCalls([restored], 'current', model);
    expect(current?.graphql.variables['data']).toEqual({
      collection: 'articles',
      field: 'old',
      type: 'integer',
      meta: { interface: 'input', sort: 3 },
      schema: { default_value: '0', is_nullable: true },
    });
  });

  it('says Directus 12 GraphQL cannot create a collection', () => {
    const step: Step = {
      kind: 'createCollection',
      collection: { collection: 'j', meta: { hidden: true }, schema: { name: 'j' }, fields: [] },
    };
    expect(wireCalls([step], 'current', model)[0]?.graphql.unsupported).toMatch(/cannot create a collection/);
    expect(wireCalls([step], 'legacy', model)[0]?.graphql.unsupported).toBeUndefined();
  });
});
