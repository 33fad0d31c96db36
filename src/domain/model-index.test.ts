import { describe, expect, it } from 'vitest';
import {
  aCollection,
  aField,
  aFolder,
  aForeignKey,
  anAlias,
  aPrimaryKey,
  aRelation,
  aSchema,
} from '../testing/builders';
import { aManyToAny, aManyToMany, aManyToOne, aTranslations } from '../testing/scenarios';
import { relationKey } from './model';
import { buildModelIndex } from './model-index';

const names = (list: readonly { collection: string }[]) => list.map((c) => c.collection);
const keys = (list: readonly Parameters<typeof relationKey>[0][]) => list.map(relationKey);

describe('buildModelIndex: collections', () => {
  const schema = aSchema({
    collections: [
      aCollection('zebras', { sort: null }),
      aCollection('beta', { sort: 2 }),
      aCollection('alpha', { sort: 2 }),
      aCollection('first', { sort: 1 }),
      aCollection('aardvarks'),
      aFolder('content'),
    ],
  });
  const index = buildModelIndex(schema);

  it('lists declared collections by meta.sort, then name; unsorted ones last, by name', () => {
    expect(names(index.collections)).toEqual(['first', 'alpha', 'beta', 'aardvarks', 'content', 'zebras']);
  });

  it('does not reorder the input schema', () => {
    expect(names(schema.collections)).toEqual(['zebras', 'beta', 'alpha', 'first', 'aardvarks', 'content']);
    expect(index.schema).toBe(schema);
  });

  it('looks collections up by name; the first declaration wins', () => {
    const twice = buildModelIndex({
      collections: [aCollection('a', { note: 'first' }), aCollection('a', { note: 'second' })],
      fields: [],
      relations: [],
    });
    expect(twice.collection('a')?.meta?.note).toBe('first');
    expect(index.collection('content')?.schema).toBeNull();
    expect(index.collection('nope')).toBeUndefined();
  });

  it('tells tables from folders, system collections and collections only fields mention', () => {
    const withFields = buildModelIndex(
      aSchema(schema, {
        fields: [aPrimaryKey('undeclared'), aField({ collection: 'directus_users', field: 'x' })],
      }),
    );
    expect(withFields.isTable('first')).toBe(true);
    expect(withFields.isTable('content')).toBe(false);
    expect(withFields.isTable('directus_users')).toBe(true);
    expect(withFields.isTable('directus_anything')).toBe(true);
    expect(withFields.isTable('undeclared')).toBe(true);
    expect(withFields.isTable('nowhere')).toBe(false);
  });
});

describe('buildModelIndex: fields', () => {
  const schema = aSchema({
    fields: [
      aField({ collection: 'articles', field: 'c', meta: { sort: 3 } }),
      aField({ collection: 'authors', field: 'name' }),
      aField({ collection: 'articles', field: 'unsorted_1' }),
      aField({ collection: 'articles', field: 'a', meta: { sort: 1 } }),
      aField({ collection: 'articles', field: 'unsorted_2' }),
      aField({ collection: 'articles', field: 'b', meta: { sort: 2 } }),
    ],
  });
  const index = buildModelIndex(schema);

  it('gives a collection its fields by meta.sort, unsorted ones after in input order', () => {
    expect(index.fields('articles').map((f) => f.field)).toEqual(['a', 'b', 'c', 'unsorted_1', 'unsorted_2']);
    expect(index.fields('authors').map((f) => f.field)).toEqual(['name']);
    expect(index.fields('nowhere')).toEqual([]);
  });

  it('returns the same list on every call', () => {
    expect(index.fields('articles')).toBe(index.fields('articles'));
  });

  it('looks a field up by collection and name', () => {
    expect(index.field('articles', 'b')?.meta?.sort).toBe(2);
    expect(index.field('articles', 'z')).toBeUndefined();
    expect(index.field('authors', 'a')).toBeUndefined();
  });
});

describe('buildModelIndex: primary keys', () => {
  const schema = aSchema({
    collections: [aCollection('articles'), aCollection('keyless'), aCollection('languages')],
    fields: [
      aField({ collection: 'articles', field: 'title' }),
      aPrimaryKey('articles', 'uid', 'uuid'),
      aPrimaryKey('languages', 'code', 'string'),
      aField({ collection: 'keyless', field: 'title' }),
      aField({ collection: 'directus_users', field: 'job', type: 'integer' }),
      aPrimaryKey('directus_custom_with_key', 'slug', 'string'),
    ],
  });
  const index = buildModelIndex(schema);

  it('takes a declared primary key, whatever its name and type', () => {
    expect(index.primaryKey('articles')).toEqual({
      field: 'uid',
      type: 'uuid',
      declared: index.field('articles', 'uid'),
    });
    expect(index.primaryKey('languages')).toMatchObject({ field: 'code', type: 'string' });
  });

  it("knows Directus's own keys, for system collections the model has no key field for", () => {
    expect(index.primaryKey('directus_users')).toEqual({ field: 'id', type: 'uuid', declared: null });
    expect(index.primaryKey('directus_files')).toEqual({ field: 'id', type: 'uuid', declared: null });
    expect(index.primaryKey('directus_collections')).toEqual({
      field: 'collection',
      type: 'string',
      declared: null,
    });
    expect(index.primaryKey('directus_activity')).toEqual({ field: 'id', type: 'integer', declared: null });
  });

  it('prefers a declared key on a system collection, and links a listed system key field', () => {
    expect(index.primaryKey('directus_custom_with_key')).toMatchObject({ field: 'slug', type: 'string' });
    const listed = aField({ collection: 'directus_roles', field: 'id', type: 'uuid', schema: null });
    const withId = buildModelIndex(aSchema({ fields: [listed] }));
    expect(withId.primaryKey('directus_roles')).toEqual({ field: 'id', type: 'uuid', declared: listed });
  });

  it('has none for a user collection without a key field, or an unknown one', () => {
    expect(index.primaryKey('keyless')).toBeNull();
    expect(index.primaryKey('nowhere')).toBeNull();
  });
});

describe('buildModelIndex: relations in and out', () => {
  const schema = aSchema(
    aManyToOne({ alias: 'articles' }),
    aManyToOne({ collection: 'categories', field: 'parent', related: 'categories' }),
    aManyToMany(),
    aManyToAny({ allowed: ['block_hero', 'block_text', 'block_hero'] }),
  );
  const index = buildModelIndex(schema);

  it('looks a relation up by its many side', () => {
    expect(index.relation('articles', 'author')?.related_collection).toBe('authors');
    expect(index.relation('authors', 'articles')).toBeUndefined();
  });

  it('lists relations out of a collection (its foreign keys)', () => {
    expect(keys(index.relationsOut('articles'))).toEqual(['articles.author']);
    expect(keys(index.relationsOut('articles_tags'))).toEqual([
      'articles_tags.tags_id',
      'articles_tags.articles_id',
    ]);
    expect(index.relationsOut('authors')).toEqual([]);
  });

  it('lists relations into a collection, a self-reference both ways', () => {
    expect(keys(index.relationsIn('authors'))).toEqual(['articles.author']);
    expect(keys(index.relationsIn('articles'))).toEqual(['articles_tags.articles_id']);
    expect(keys(index.relationsIn('categories'))).toEqual(['categories.parent']);
    expect(keys(index.relationsOut('categories'))).toEqual(['categories.parent']);
  });

  it('lists a many-to-any item under every collection it allows, once', () => {
    expect(keys(index.relationsIn('block_hero'))).toEqual(['pages_blocks.item']);
    expect(keys(index.relationsIn('block_text'))).toEqual(['pages_blocks.item']);
    expect(keys(index.relationsIn('pages'))).toEqual(['pages_blocks.pages_id']);
  });

  it('reads a Directus 9 comma-separated allowed list too', () => {
    const legacy = aRelation({
      collection: 'j',
      field: 'item',
      related_collection: null,
      meta: { one_collection_field: 'collection', one_allowed_collections: 'a, b' as unknown as string[] },
    });
    const legacyIndex = buildModelIndex(aSchema({ relations: [legacy] }));
    expect(keys(legacyIndex.relationsIn('a'))).toEqual(['j.item']);
    expect(keys(legacyIndex.relationsIn('b'))).toEqual(['j.item']);
  });
});

describe('buildModelIndex: relationships', () => {
  const schema = aSchema(aManyToOne({ alias: 'articles' }), aManyToMany(), aTranslations(), aManyToAny());
  const index = buildModelIndex(schema);

  it('keeps inference order and ids: the owning relation key', () => {
    expect(index.relationships.map((r) => `${r.kind} ${r.id}`)).toEqual([
      'o2m articles.author',
      'm2m articles_tags.articles_id',
      'translations articles_translations.articles_id',
      'm2a pages_blocks.pages_id',
    ]);
    expect(index.relationship('articles_tags.articles_id')?.kind).toBe('m2m');
    expect(index.relationship('articles_tags.tags_id')).toBeUndefined();
  });

  it('finds the relationship of any of its relation rows', () => {
    expect(index.relationshipOf('articles_tags', 'tags_id')?.id).toBe('articles_tags.articles_id');
    expect(index.relationshipOf('articles_tags', 'articles_id')?.id).toBe('articles_tags.articles_id');
    expect(index.relationshipOf('pages_blocks', 'item')?.id).toBe('pages_blocks.pages_id');
    expect(index.relationshipOf('articles', 'author')?.id).toBe('articles.author');
    expect(index.relationshipOf('articles', 'title')).toBeUndefined();
  });

  it('knows the junction collections', () => {
    expect([...index.junctions].sort()).toEqual(['articles_tags', 'articles_translations', 'pages_blocks']);
  });

  it('passes inference warnings through', () => {
    const dangling = aRelation({ meta: { junction_field: 'nothing' } });
    expect(buildModelIndex(aSchema({ relations: [dangling] })).warnings.map((w) => w.code)).toEqual([
      'dangling-junction-field',
    ]);
    expect(index.warnings).toEqual([]);
  });

  it('keeps an id stable when an M2O gains its O2M alias', () => {
    const before = buildModelIndex(aSchema(aManyToOne()));
    const after = buildModelIndex(aSchema(aManyToOne({ alias: 'articles' })));
    expect(before.relationships.map((r) => [r.id, r.kind])).toEqual([['articles.author', 'm2o']]);
    expect(after.relationships.map((r) => [r.id, r.kind])).toEqual([['articles.author', 'o2m']]);
  });

  it('keeps an M2M id stable when its alias is added, and whatever the input order', () => {
    const noAlias = buildModelIndex(aSchema(aManyToMany({ parentAlias: null })));
    expect(noAlias.relationships.map((r) => r.id)).toEqual(['articles_tags.articles_id']);
    // Without aliases the smaller relation key picks the parent, so the server's row order
    // (which varies between reads) never changes the id.
    const reversedNoAlias = aSchema(aManyToMany({ parentAlias: null }));
    reversedNoAlias.relations.reverse();
    expect(buildModelIndex(reversedNoAlias).relationships.map((r) => r.id)).toEqual([
      'articles_tags.articles_id',
    ]);
    const reversed = aSchema(aManyToMany());
    reversed.relations.reverse();
    expect(buildModelIndex(reversed).relationships.map((r) => r.id)).toEqual(['articles_tags.articles_id']);
  });

  it('indexes a model with nothing in it', () => {
    const empty = buildModelIndex({ collections: [], fields: [], relations: [] });
    expect(empty.relationships).toEqual([]);
    expect(empty.collections).toEqual([]);
    expect(empty.relationsIn('x')).toEqual([]);
    expect(empty.junctions.size).toBe(0);
  });
});

describe('buildModelIndex: fields of system collections', () => {
  it('lists custom fields of system collections beside user ones', () => {
    const index = buildModelIndex(
      aSchema({
        fields: [anAlias('directus_users', 'posts'), aForeignKey('directus_users', 'job')],
      }),
    );
    expect(index.fields('directus_users').map((f) => f.field)).toEqual(['posts', 'job']);
  });
});
