import { describe, expect, it } from 'vitest';
import { aRelation } from '../../testing/builders';
import { recorded } from '../../testing/recorded';
import type { DirectusRelation } from '../directus-types';
import { relationDifferences } from './conflicts';

const recordedRelation = (file: string): DirectusRelation =>
  recorded<unknown, DirectusRelation>('directus-12.4.0-sqlite', file).response.data;

describe('relationDifferences', () => {
  it('lists what the recorded PATCH changed', () => {
    const before = recordedRelation('08-get-relation-articles-author.json');
    const after = recordedRelation('11-get-relation-articles-author-after-patch.json');
    expect(relationDifferences(before, after)).toEqual([
      { path: 'meta.one_field', before: null, after: 'articles' },
      { path: 'schema.on_delete', before: 'SET NULL', after: 'CASCADE' },
    ]);
  });

  it('reports meta disappearing as one entry (recorded DELETE on SQLite)', () => {
    const before = recordedRelation('65b-get-relation-articles-editor-after-gql-update.json');
    const after = recordedRelation('77-get-relation-after-gql-delete-fk-relation.json');
    expect(relationDifferences(before, after)).toEqual([
      {
        path: 'meta',
        before: {
          one_field: 'edited_articles',
          sort_field: null,
          one_deselect_action: 'nullify',
          junction_field: null,
          one_allowed_collections: null,
          one_collection_field: null,
        },
        after: null,
      },
    ]);
  });

  it('reports the constraint appearing or going', () => {
    const withKey = aRelation();
    const diff = relationDifferences({ ...withKey, schema: null }, withKey);
    expect(diff).toEqual([
      { path: 'schema', before: null, after: { on_delete: 'SET NULL', on_update: 'NO ACTION' } },
    ]);
  });

  it('ignores the meta id and the copies the server fills in', () => {
    const a = aRelation({ meta: { id: 1, many_collection: 'articles', one_collection: 'authors' } });
    const b = aRelation({ meta: { id: 7, many_collection: 'x', many_field: 'y', one_collection: 'z' } });
    expect(relationDifferences(a, b)).toEqual([]);
  });

  it('compares arrays by value and sees related_collection change', () => {
    const a = aRelation({ related_collection: null, meta: { one_allowed_collections: ['a', 'b'] } });
    expect(
      relationDifferences(
        a,
        aRelation({ related_collection: null, meta: { one_allowed_collections: ['a', 'b'] } }),
      ),
    ).toEqual([]);
    expect(
      relationDifferences(
        a,
        aRelation({ related_collection: null, meta: { one_allowed_collections: ['a'] } }),
      ),
    ).toEqual([{ path: 'meta.one_allowed_collections', before: ['a', 'b'], after: ['a'] }]);
    expect(relationDifferences(aRelation(), aRelation({ related_collection: 'people' }))[0]).toEqual({
      path: 'related_collection',
      before: 'authors',
      after: 'people',
    });
  });

  it('treats a prop left out as null', () => {
    const a = aRelation();
    const b = { ...a, meta: { ...a.meta, sort_field: undefined } };
    expect(relationDifferences(a, b)).toEqual([]);
  });
});
