import { describe, expect, it } from 'vitest';
import { recorded } from '../../testing/recorded';
import { aRelation } from '../../testing/builders';
import { RelataError } from '../errors';
import { isLegacyRow, legacyIdOf, legacyRowBody, parseLegacyRows, relationFromLegacyRow } from './rows';

const rc64 = (file: string) => recorded('directus-9.0.0-rc.64-sqlite', file);

describe('legacy relation rows', () => {
  it('maps a recorded row: many side as collection and field, one side as related, the row as meta', () => {
    const relation = relationFromLegacyRow(
      parseLegacyRows([rc64('06-get-relation-by-id.json').response.data])[0]!,
    );
    expect(relation).toEqual({
      collection: 'articles',
      field: 'author',
      related_collection: 'authors',
      meta: {
        id: 1,
        many_collection: 'articles',
        many_field: 'author',
        many_primary: 'id',
        one_collection: 'authors',
        one_field: null,
        one_primary: 'id',
        one_collection_field: null,
        one_allowed_collections: null,
        junction_field: null,
        sort_field: null,
      },
      schema: null,
    });
  });

  it('marks the rows the server appends without an id as system rows', () => {
    const rows = parseLegacyRows(rc64('30-get-relations-limit-1.json').response.data);
    const relations = rows.map(relationFromLegacyRow);
    expect(relations[0]?.meta?.system).toBeUndefined();
    expect(relations[0]?.meta?.id).toBe(1);
    expect(relations.slice(1).every((r) => r.meta?.system === true && r.meta.id === undefined)).toBe(true);
    // GraphQL gives the same rows with id null.
    const graphql = rc64('36-graphql-system-model-legacy.json').response.data as { relations: unknown[] };
    const fromGraphql = parseLegacyRows(graphql.relations).map(relationFromLegacyRow);
    expect(fromGraphql.filter((r) => r.meta?.system).length).toBe(relations.length - 1);
    const item = fromGraphql.find((r) => r.collection === 'pages_blocks' && r.field === 'item');
    expect(item).toMatchObject({
      related_collection: null,
      meta: { one_allowed_collections: ['block_hero', 'block_text'], one_collection_field: 'collection' },
    });
  });

  it('reads a comma-separated one_allowed_collections', () => {
    const relation = relationFromLegacyRow({
      id: 3,
      many_collection: 'pages_blocks',
      many_field: 'item',
      one_collection: null,
      one_allowed_collections: 'block_hero, block_text',
      one_collection_field: 'collection',
    });
    expect(relation.meta?.one_allowed_collections).toEqual(['block_hero', 'block_text']);
    expect(relation.related_collection).toBeNull();
  });

  it('tells legacy rows from current relations', () => {
    expect(isLegacyRow(rc64('04-create-relation-old-shape.json').response.data)).toBe(true);
    expect(
      isLegacyRow(recorded('directus-12.4.0-sqlite', '08-get-relation-articles-author.json').response.data),
    ).toBe(false);
  });

  it('writes the row POST /relations takes, primary keys from the model', () => {
    const keys: Record<string, string> = { articles: 'id', authors: 'uid' };
    const body = legacyRowBody(aRelation({ meta: { id: 9, one_field: 'articles' } }), (c) => keys[c] ?? null);
    expect(body).toEqual({
      many_collection: 'articles',
      many_field: 'author',
      many_primary: 'id',
      one_collection: 'authors',
      one_field: 'articles',
      one_primary: 'uid',
      one_collection_field: null,
      one_allowed_collections: null,
      junction_field: null,
      sort_field: null,
    });
    // The recorded request had the same keys (rc.64 answered with the row).
    const request = rc64('04-create-relation-old-shape.json').request.body as Record<string, unknown>;
    for (const key of Object.keys(request)) expect(body).toHaveProperty(key);
  });

  it('refuses to address a row without an id', () => {
    expect(legacyIdOf(aRelation({ meta: { id: 4 } }))).toBe(4);
    expect(() => legacyIdOf(aRelation({ meta: { system: true } }))).toThrow(/built-in Directus relation/);
  });

  it('reports a malformed list', () => {
    expect(() => parseLegacyRows({ data: [] })).toThrow(RelataError);
    expect(() => parseLegacyRows([{ many_collection: 'a' }])).toThrow(/item 1 has no many_field/);
    expect(() => parseLegacyRows([{ many_collection: 'a', many_field: 'b', id: 'x' }])).toThrow(
      /malformed id/,
    );
  });
});
