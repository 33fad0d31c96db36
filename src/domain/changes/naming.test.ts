import { describe, expect, it } from 'vitest';
import { aCollection, aField, aPrimaryKey, aSchema } from '../../testing/builders';
import { buildModelIndex } from '../model-index';
import {
  collectionTaken,
  fieldTaken,
  freeCollectionName,
  freeFieldName,
  keyName,
  nameProblem,
} from './naming';

const index = buildModelIndex(
  aSchema({
    collections: [aCollection('articles'), aCollection('articles_tags'), aCollection('Articles_Tags_1')],
    fields: [
      aPrimaryKey('articles'),
      aField({ collection: 'articles', field: 'Title' }),
      aField({ collection: 'articles', field: 'tags' }),
      aPrimaryKey('languages', 'code', 'string'),
    ],
  }),
);

describe('taken names', () => {
  it('compares collection names without case', () => {
    expect(collectionTaken(index, 'articles_tags')).toBe(true);
    expect(collectionTaken(index, 'ARTICLES')).toBe(true);
    expect(collectionTaken(index, 'authors')).toBe(false);
  });

  it('compares field names without case, within one collection', () => {
    expect(fieldTaken(index, 'articles', 'title')).toBe(true);
    expect(fieldTaken(index, 'articles', 'TAGS')).toBe(true);
    expect(fieldTaken(index, 'authors', 'title')).toBe(false);
  });
});

describe('free names, as the Data Studio picks them', () => {
  it('adds _1, _2… to a taken junction name, without case', () => {
    expect(freeCollectionName(index, 'articles_authors')).toBe('articles_authors');
    expect(freeCollectionName(index, 'articles_tags')).toBe('articles_tags_2');
  });

  it('prefixes junction_ before a directus_ name', () => {
    expect(freeCollectionName(index, 'directus_users_tags')).toBe('junction_directus_users_tags');
  });

  it('skips names reserved by the same plan', () => {
    expect(freeCollectionName(index, 'pages_blocks', new Set(['pages_blocks']))).toBe('pages_blocks_1');
  });

  it('adds _2, _3… to a taken field name', () => {
    expect(freeFieldName(index, 'articles', 'author')).toBe('author');
    expect(freeFieldName(index, 'articles', 'tags')).toBe('tags_2');
    expect(freeFieldName(index, 'articles', 'tags', new Set(['tags_2']))).toBe('tags_3');
  });

  it('names keys <collection>_<primary key>', () => {
    expect(keyName(index, 'articles')).toBe('articles_id');
    expect(keyName(index, 'languages')).toBe('languages_code');
    expect(keyName(index, 'directus_users')).toBe('directus_users_id');
    expect(keyName(index, 'unknown')).toBe('unknown_id');
  });
});

describe('nameProblem', () => {
  it.each(['articles', 'Lms_Portfolio', 'a1', '_x', 'x'.repeat(63)])('accepts %s', (name) => {
    expect(nameProblem(name)).toBeNull();
  });

  it.each([
    ['', 'empty'],
    ['  ', 'empty'],
    ['my field', 'letters, digits and underscores'],
    ['naïve', 'letters, digits and underscores'],
    ['a-b', 'letters, digits and underscores'],
    ['1st', 'cannot start with a digit'],
    ['x'.repeat(64), 'longer than 63'],
  ])('refuses "%s" (%s)', (name, why) => {
    expect(nameProblem(name)).toContain(why);
  });
});
