import { describe, expect, it } from 'vitest';
import { aField, aSchema } from '../../testing/builders';
import { aManyToOne } from '../../testing/scenarios';
import { buildModelIndex } from '../../domain/model-index';
import { findHits, searchHits } from './search-index';

const index = buildModelIndex(
  aSchema(aManyToOne({ alias: 'articles' }), {
    fields: [aField({ collection: 'articles', field: 'title' })],
  }),
);

describe('search', () => {
  it('finds collections and fields by name, naming fields collection.field', () => {
    expect(findHits(searchHits(index), 'auth').map((h) => h.name)).toEqual([
      'authors',
      'articles.author',
      'authors.id',
      'authors.articles',
    ]);
  });

  it('links a relational field, or an alias, to its relationship', () => {
    const hits = searchHits(index);
    expect(hits.find((h) => h.name === 'articles.author')?.relationshipId).toBe('articles.author');
    expect(hits.find((h) => h.name === 'authors.articles')?.relationshipId).toBe('articles.author');
    expect(hits.find((h) => h.name === 'articles.title')?.relationshipId).toBeNull();
  });

  it('lists collections when nothing is typed', () => {
    expect(findHits(searchHits(index), '  ').map((h) => h.name)).toEqual(['articles', 'authors']);
  });
});
