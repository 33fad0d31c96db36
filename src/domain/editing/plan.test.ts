import { describe, expect, it } from 'vitest';
import { aCollection, aField, aPrimaryKey, aSchema } from '../../testing/builders';
import { recorded } from '../../testing/recorded';
import { defaultForeignKeyName, planDeleteRelation, planNewManyToOne } from './plan';

const recordedBody = (file: string): unknown => recorded('directus-12.4.0-sqlite', file).request.body;

const base = {
  collection: 'articles',
  field: 'author',
  related: 'authors',
  relatedPrimaryKeyType: 'integer',
  onDelete: 'SET NULL' as const,
};

describe('planNewManyToOne', () => {
  it('creates the field, then the alias, then the relation', () => {
    const steps = planNewManyToOne({ ...base, createField: true, alias: 'articles' });
    expect(steps.map((s) => s.kind)).toEqual(['createField', 'createField', 'createRelation']);
    expect(steps[0]).toEqual({
      kind: 'createField',
      collection: 'articles',
      field: {
        field: 'author',
        type: 'integer',
        meta: { interface: 'select-dropdown-m2o', special: ['m2o'] },
        schema: {},
      },
    });
    expect(steps[1]).toEqual({
      kind: 'createField',
      collection: 'authors',
      field: { field: 'articles', type: 'alias', meta: { interface: 'list-o2m', special: ['o2m'] } },
    });
  });

  it('sends the bodies the recorded Directus accepted', () => {
    const steps = planNewManyToOne({ ...base, field: 'editor', createField: true, alias: null });
    const field = steps[0]?.kind === 'createField' ? steps[0].field : null;
    expect(field).toEqual(recordedBody('63-create-field-articles-editor.json'));
    const relation = planNewManyToOne({ ...base, createField: false, alias: null });
    expect(relation).toEqual([
      { kind: 'createRelation', relation: recordedBody('05-create-relation-articles-author.json') },
    ]);
  });

  it('creates only the relation on an existing field without alias', () => {
    const steps = planNewManyToOne({ ...base, createField: false, alias: null, onDelete: 'NO ACTION' });
    expect(steps).toEqual([
      {
        kind: 'createRelation',
        relation: {
          collection: 'articles',
          field: 'author',
          related_collection: 'authors',
          meta: { one_field: null, one_deselect_action: 'nullify', sort_field: null },
          schema: { on_delete: 'NO ACTION' },
        },
      },
    ]);
  });

  it('makes a single-file field for directus_files', () => {
    const steps = planNewManyToOne({
      ...base,
      field: 'cover',
      related: 'directus_files',
      relatedPrimaryKeyType: 'uuid',
      createField: true,
      alias: null,
    });
    expect(steps[0]).toMatchObject({
      field: { type: 'uuid', meta: { interface: 'file', special: ['file'] } },
    });
  });
});

describe('defaultForeignKeyName', () => {
  const schema = aSchema({
    collections: [aCollection('articles'), aCollection('authors'), aCollection('languages')],
    fields: [
      aPrimaryKey('authors'),
      aPrimaryKey('languages', 'code', 'string'),
      aField({ collection: 'articles', field: 'authors_id' }),
      aField({ collection: 'articles', field: 'Authors_id_2' }),
    ],
  });

  it('is <related>_<primary key>', () => {
    expect(defaultForeignKeyName(schema, 'pages', 'authors')).toBe('authors_id');
    expect(defaultForeignKeyName(schema, 'articles', 'languages')).toBe('languages_code');
    expect(defaultForeignKeyName(schema, 'articles', 'directus_users')).toBe('directus_users_id');
  });

  it('adds _2, _3... while the name is taken (case-insensitively)', () => {
    expect(defaultForeignKeyName(schema, 'articles', 'authors')).toBe('authors_id_3');
  });
});

describe('planDeleteRelation', () => {
  it('deletes the relation, then the field only when asked', () => {
    expect(planDeleteRelation({ collection: 'articles', field: 'author', deleteField: false })).toEqual([
      { kind: 'deleteRelation', collection: 'articles', field: 'author' },
    ]);
    expect(planDeleteRelation({ collection: 'articles', field: 'author', deleteField: true })).toEqual([
      { kind: 'deleteRelation', collection: 'articles', field: 'author' },
      { kind: 'deleteField', collection: 'articles', field: 'author' },
    ]);
  });
});
