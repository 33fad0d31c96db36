import { describe, expect, it } from 'vitest';
import { aCollection, aField, aFolder, aPrimaryKey, aRelation, aSchema } from '../testing/builders';
import { aManyToAny, aManyToOne } from '../testing/scenarios';
import { isFolder, isSystemCollection } from './collections';
import { relationKey } from './model';
import { buildModelIndex } from './model-index';

describe('relations in and out of a collection (the model index)', () => {
  const index = buildModelIndex(
    aSchema(
      aManyToOne(),
      aManyToOne({ collection: 'authors', field: 'mentor', related: 'authors' }),
      aManyToAny({ allowed: ['authors', 'block_text'] }),
    ),
  );

  it('splits relations into outgoing (many side) and incoming (one side)', () => {
    expect(index.relationsOut('articles').map(relationKey)).toEqual(['articles.author']);
    expect(index.relationsIn('articles')).toEqual([]);
  });

  it('counts a self-reference both ways and a many-to-any that allows the collection as incoming', () => {
    expect(index.relationsOut('authors').map(relationKey)).toEqual(['authors.mentor']);
    expect(index.relationsIn('authors').map(relationKey)).toEqual([
      'articles.author',
      'authors.mentor',
      'pages_blocks.item',
    ]);
  });

  it('lists a junction relation as outgoing of the junction and incoming of the parent', () => {
    expect(index.relationsOut('pages_blocks').map(relationKey)).toEqual([
      'pages_blocks.item',
      'pages_blocks.pages_id',
    ]);
    expect(index.relationsIn('pages').map(relationKey)).toEqual(['pages_blocks.pages_id']);
  });

  it('tolerates relations without meta', () => {
    const bare = buildModelIndex(
      aSchema({ relations: [aRelation({ related_collection: null, meta: null })] }),
    );
    expect(bare.relationsIn('authors')).toEqual([]);
  });
});

describe('primary keys (the model index)', () => {
  it('finds the declared primary key, whatever its name', () => {
    const index = buildModelIndex(
      aSchema({
        collections: [aCollection('languages')],
        fields: [
          aField({ collection: 'languages', field: 'id' }),
          aPrimaryKey('languages', 'code', 'string'),
        ],
      }),
    );
    expect(index.primaryKey('languages')).toMatchObject({ field: 'code', type: 'string' });
  });

  it('knows system keys that snapshots leave out, with their types', () => {
    const index = buildModelIndex(aSchema({}));
    expect(index.primaryKey('directus_users')).toMatchObject({ field: 'id', type: 'uuid', declared: null });
    expect(index.primaryKey('directus_collections')).toMatchObject({ field: 'collection', type: 'string' });
    expect(index.primaryKey('directus_activity')).toMatchObject({ field: 'id', type: 'integer' });
  });

  it('uses the declared system field when the server lists it', () => {
    const index = buildModelIndex(
      aSchema({
        fields: [aField({ collection: 'directus_users', field: 'id', type: 'uuid', schema: null })],
      }),
    );
    expect(index.primaryKey('directus_users')?.declared?.type).toBe('uuid');
  });

  it('falls back to a field named id, else null', () => {
    expect(
      buildModelIndex(
        aSchema({ fields: [aField({ collection: 'x', field: 'id', schema: null })] }),
      ).primaryKey('x')?.field,
    ).toBe('id');
    expect(
      buildModelIndex(aSchema({ fields: [aField({ collection: 'x', field: 'title' })] })).primaryKey('x'),
    ).toBeNull();
  });
});

describe("a collection's fields (the model index)", () => {
  it('are sorted by meta.sort, unsorted ones last in input order', () => {
    const field = (name: string, sort: number | null) => aField({ field: name, meta: { sort } });
    const index = buildModelIndex(
      aSchema({
        fields: [
          field('c', null),
          field('b', 2),
          aField({ collection: 'other' }),
          field('a', 1),
          field('d', null),
        ],
      }),
    );
    expect(index.fields('articles').map((f) => f.field)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('collection kinds', () => {
  it('tells folders and system collections apart', () => {
    expect(isFolder(aFolder('website'))).toBe(true);
    expect(isFolder({ schema: undefined })).toBe(true);
    expect(isFolder(aCollection('pages'))).toBe(false);
    expect(isSystemCollection('directus_files')).toBe(true);
    expect(isSystemCollection('pages')).toBe(false);
  });
});
