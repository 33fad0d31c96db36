import { describe, expect, it } from 'vitest';
import { aRelation } from '../../testing/builders';
import { recorded } from '../../testing/recorded';
import type { DirectusRelation } from '../directus-types';
import { draftChanged, draftFromRelation, updateRequestBody } from './draft';

const recordedRelation = (file: string): DirectusRelation =>
  recorded<unknown, DirectusRelation>('directus-12.4.0-sqlite', file).response.data;

describe('draftFromRelation', () => {
  it('copies a recorded relation', () => {
    const draft = draftFromRelation(recordedRelation('11-get-relation-articles-author-after-patch.json'));
    expect(draft).toEqual({
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
      schema: { on_delete: 'CASCADE', on_update: 'NO ACTION' },
    });
  });

  it('fills defaults for a foreign key without meta (left behind by a DELETE on SQLite)', () => {
    const draft = draftFromRelation(recordedRelation('74-get-relation-after-delete-meta-only.json'));
    expect(draft.meta).toEqual({
      one_field: null,
      sort_field: null,
      one_deselect_action: 'nullify',
      junction_field: null,
      one_allowed_collections: null,
      one_collection_field: null,
    });
    expect(draft.schema).toEqual({ on_delete: 'NO ACTION', on_update: 'NO ACTION' });
  });

  it('gives NO ACTION actions to a relation with a target but no schema', () => {
    const draft = draftFromRelation(aRelation({ schema: null }));
    expect(draft.schema).toEqual({ on_delete: 'NO ACTION', on_update: 'NO ACTION' });
  });

  it('gives no schema to a relation of the 9.0 release candidates (metadata only)', () => {
    const relation = aRelation({ schema: null, meta: { id: 1, many_primary: 'id', one_primary: 'id' } });
    expect(draftFromRelation(relation, { foreignKeys: false }).schema).toBeNull();
    expect(draftFromRelation(relation).schema).toEqual({ on_delete: 'NO ACTION', on_update: 'NO ACTION' });
  });

  it('gives no schema to a many-to-any item relation', () => {
    const relation = aRelation({
      collection: 'pages_blocks',
      field: 'item',
      related_collection: null,
      meta: {
        one_allowed_collections: ['block_hero'],
        one_collection_field: 'collection',
        junction_field: 'pages_id',
      },
    });
    const draft = draftFromRelation(relation);
    expect(draft.schema).toBeNull();
    expect(draft.meta.one_allowed_collections).toEqual(['block_hero']);
    expect(draft.meta.one_allowed_collections).not.toBe(relation.meta?.one_allowed_collections);
  });

  it('keeps delete as deselect action and normalises unknown foreign key actions', () => {
    const relation = aRelation({ meta: { one_deselect_action: 'delete' } });
    const odd = {
      ...relation,
      schema: { ...relation.schema, on_delete: 'set null', on_update: 'BOOM' },
    } as unknown as DirectusRelation;
    const draft = draftFromRelation(odd);
    expect(draft.meta.one_deselect_action).toBe('delete');
    expect(draft.schema).toEqual({ on_delete: 'SET NULL', on_update: 'NO ACTION' });
  });
});

describe('updateRequestBody', () => {
  it('is the full relation, with both foreign key actions, whatever changed', () => {
    const draft = draftFromRelation(recordedRelation('08-get-relation-articles-author.json'));
    const body = updateRequestBody({ ...draft, meta: { ...draft.meta, one_field: 'articles' } });
    expect(body).toEqual({
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
      schema: { on_delete: 'SET NULL', on_update: 'NO ACTION' },
    });
  });

  it('sends schema null for a many-to-any item relation', () => {
    const draft = draftFromRelation(aRelation({ field: 'item', related_collection: null }));
    expect(updateRequestBody(draft).schema).toBeNull();
  });

  it('does not share arrays with the draft', () => {
    const draft = draftFromRelation(
      aRelation({ related_collection: null, meta: { one_allowed_collections: ['a'] } }),
    );
    const body = updateRequestBody(draft);
    body.meta.one_allowed_collections?.push('b');
    expect(draft.meta.one_allowed_collections).toEqual(['a']);
  });
});

describe('draftChanged', () => {
  const base = draftFromRelation(aRelation());

  it('is false for an identical copy', () => {
    expect(draftChanged(base, structuredClone(base))).toBe(false);
  });

  it('sees a changed foreign key action', () => {
    expect(draftChanged(base, { ...base, schema: { on_delete: 'CASCADE', on_update: 'NO ACTION' } })).toBe(
      true,
    );
  });

  it('sees a changed meta prop and array contents', () => {
    expect(draftChanged(base, { ...base, meta: { ...base.meta, sort_field: 'sort' } })).toBe(true);
    const m2a = { ...base, meta: { ...base.meta, one_allowed_collections: ['a', 'b'] } };
    expect(draftChanged(m2a, { ...m2a, meta: { ...m2a.meta, one_allowed_collections: ['a', 'b'] } })).toBe(
      false,
    );
    expect(draftChanged(m2a, { ...m2a, meta: { ...m2a.meta, one_allowed_collections: ['a'] } })).toBe(true);
  });
});
