// The checks one by one; validation.test.ts covers them through validateDraft.
import { describe, expect, it } from 'vitest';
import { aField } from '../../testing/builders';
import { aManyToAny, aManyToOne } from '../../testing/scenarios';
import { draftFromRelation } from './draft';
import type { RelationDraft } from './draft';
import type { DirectusSchema } from '../directus-types';
import { buildModelIndex } from '../model-index';
import * as checks from './meta-checks';

const checkOneField = (draft: RelationDraft, schema: DirectusSchema, creating: boolean) =>
  checks.checkOneField(draft, buildModelIndex(schema), creating);
const checkSortField = (draft: RelationDraft, schema: DirectusSchema, creating: boolean) =>
  checks.checkSortField(draft, buildModelIndex(schema), creating);
const checkJunctionField = (draft: RelationDraft, schema: DirectusSchema) =>
  checks.checkJunctionField(draft, buildModelIndex(schema));
const checkManyToAny = (draft: RelationDraft, schema: DirectusSchema) =>
  checks.checkManyToAny(draft, buildModelIndex(schema));

const m2oSchema = aManyToOne({ alias: 'articles' });
const m2aSchema = aManyToAny();

function draftOf(schema: typeof m2oSchema, field: string): RelationDraft {
  const relation = schema.relations.find((r) => r.field === field);
  if (!relation) throw new Error(`no relation on ${field}`);
  return draftFromRelation(relation);
}

const withMeta = (draft: RelationDraft, meta: Partial<RelationDraft['meta']>): RelationDraft => ({
  ...draft,
  meta: { ...draft.meta, ...meta },
});

describe('checkOneField', () => {
  it('has nothing to say without one_field', () => {
    expect(
      checkOneField(withMeta(draftOf(m2oSchema, 'author'), { one_field: null }), m2oSchema, false),
    ).toEqual([]);
  });

  it('accepts the scenario alias and refuses to create it again', () => {
    const draft = draftOf(m2oSchema, 'author');
    expect(checkOneField(draft, m2oSchema, false)).toEqual([]);
    expect(checkOneField(draft, m2oSchema, true)).toEqual([
      { target: 'one_field', severity: 'error', message: 'authors already has a field named articles.' },
    ]);
  });
});

describe('checkSortField', () => {
  it('refuses the foreign key itself as sort field', () => {
    const draft = withMeta(draftOf(m2oSchema, 'author'), { sort_field: 'author' });
    expect(checkSortField(draft, m2oSchema, false)).toEqual([
      {
        target: 'sort_field',
        severity: 'error',
        message: 'author is the foreign key itself and cannot also be the sort field.',
      },
    ]);
  });
});

describe('checkJunctionField', () => {
  it('accepts the partner key of a many-to-any junction', () => {
    expect(checkJunctionField(draftOf(m2aSchema, 'item'), m2aSchema)).toEqual([]);
    expect(checkJunctionField(draftOf(m2aSchema, 'pages_id'), m2aSchema)).toEqual([]);
  });
});

describe('checkManyToAny', () => {
  it('refuses the item field as the collection field', () => {
    const draft = withMeta(draftOf(m2aSchema, 'item'), { one_collection_field: 'item' });
    expect(checkManyToAny(draft, m2aSchema).map((i) => i.target)).toEqual(['one_collection_field']);
  });

  it('reports every problem at once', () => {
    const schema = { ...m2aSchema, fields: [...m2aSchema.fields, aField({ collection: 'x', field: 'y' })] };
    const draft = withMeta(draftOf(schema, 'item'), {
      one_allowed_collections: null,
      one_collection_field: '',
    });
    expect(checkManyToAny(draft, schema).map((i) => i.target)).toEqual([
      'one_allowed_collections',
      'one_collection_field',
    ]);
  });
});
