import { describe, expect, it } from 'vitest';
import { selectedRelationshipIds, selectionParams } from './useUrlState';

describe('the selection', () => {
  it('holds no, one or several relationships', () => {
    expect(selectedRelationshipIds(null)).toEqual([]);
    expect(selectedRelationshipIds({ type: 'collection', collection: 'articles' })).toEqual([]);
    expect(selectedRelationshipIds({ type: 'relationship', id: 'articles.author' })).toEqual([
      'articles.author',
    ]);
    expect(selectedRelationshipIds({ type: 'relationships', ids: ['a.b', 'c.d'] })).toEqual(['a.b', 'c.d']);
  });

  it('goes into the address as one parameter each for a collection and for relationships', () => {
    expect(selectionParams({ type: 'relationships', ids: ['a.b', 'c.d'] })).toEqual({
      collection: null,
      relationship: 'a.b,c.d',
    });
    expect(selectionParams({ type: 'collection', collection: 'articles' })).toEqual({
      collection: 'articles',
      relationship: null,
    });
  });
});
