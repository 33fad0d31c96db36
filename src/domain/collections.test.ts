import { describe, expect, it } from 'vitest';
import { aCollection, aField, aFolder, aPrimaryKey, aRelation, aSchema } from '../testing/builders';
import { aManyToAny, aManyToOne } from '../testing/scenarios';
import {
  collectionFields,
  isFolder,
  isSystemCollection,
  primaryKeyField,
  relationsOfCollection,
} from './collections';
import { relationKey } from './model';

describe('relationsOfCollection', () => {
  const schema = aSchema(
    aManyToOne(),
    aManyToOne({ collection: 'authors', field: 'mentor', related: 'authors' }),
    aManyToAny({ allowed: ['authors', 'block_text'] }),
  );

  it('splits relations into outgoing (many side) and incoming (one side)', () => {
    const { outgoing, incoming } = relationsOfCollection(schema.relations, 'articles');
    expect(outgoing.map(relationKey)).toEqual(['articles.author']);
    expect(incoming).toEqual([]);
  });

  it('counts a self-reference both ways and a many-to-any that allows the collection as incoming', () => {
    const { outgoing, incoming } = relationsOfCollection(schema.relations, 'authors');
    expect(outgoing.map(relationKey)).toEqual(['authors.mentor']);
    expect(incoming.map(relationKey)).toEqual(['articles.author', 'authors.mentor', 'pages_blocks.item']);
  });

  it('lists a junction relation as outgoing of the junction and incoming of the parent', () => {
    expect(relationsOfCollection(schema.relations, 'pages_blocks').outgoing.map(relationKey)).toEqual([
      'pages_blocks.item',
      'pages_blocks.pages_id',
    ]);
    expect(relationsOfCollection(schema.relations, 'pages').incoming.map(relationKey)).toEqual([
      'pages_blocks.pages_id',
    ]);
  });

  it('tolerates relations without meta', () => {
    expect(
      relationsOfCollection([aRelation({ related_collection: null, meta: null })], 'authors').incoming,
    ).toEqual([]);
  });
});

describe('primaryKeyField', () => {
  it('finds the declared primary key, whatever its name', () => {
    expect(primaryKeyField([aField(), aPrimaryKey('languages', 'code', 'string')], 'languages')).toBe('code');
  });

  it('knows system keys that snapshots leave out', () => {
    expect(primaryKeyField([], 'directus_users')).toBe('id');
    expect(primaryKeyField([], 'directus_collections')).toBe('collection');
  });

  it('is null for an unknown user collection', () => {
    expect(primaryKeyField([aField()], 'articles')).toBeNull();
  });
});

describe('collectionFields', () => {
  it("returns one collection's fields sorted by meta.sort, unsorted ones last in input order", () => {
    const field = (name: string, sort: number | null) => aField({ field: name, meta: { sort } });
    const schema = aSchema({
      fields: [
        field('c', null),
        field('b', 2),
        aField({ collection: 'other' }),
        field('a', 1),
        field('d', null),
      ],
    });
    expect(collectionFields(schema, 'articles').map((f) => f.field)).toEqual(['a', 'b', 'c', 'd']);
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
