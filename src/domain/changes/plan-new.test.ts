// A new relationship of each kind, from the Data Studio's defaults to the steps and back through
// inference: the plan must make exactly the relationship asked for, as Directus would read it.
import { describe, expect, it } from 'vitest';
import { aCollection, aPrimaryKey, aSchema } from '../../testing/builders';
import { recordedDemoModel } from '../../testing/fixtures/recorded-demo';
import { addedRelationships, expectSendableInOrder } from '../../testing/plans';
import { recorded } from '../../testing/recorded';
import type { DirectusField, DirectusRelation, DirectusSchema } from '../directus-types';
import type { RelationshipKind } from '../model';
import { buildModelIndex } from '../model-index';
import { applySteps } from './apply-steps';
import type { NewRelationship } from './change';
import { defaultNewRelationship, reusableJunctions } from './new-relationship';
import { planChange } from './plan';
import type { Step } from './steps';
import { validateNewRelationship } from './validate-new';

type Body = { field: string; type: string; meta?: unknown; schema?: unknown };
const requestBody = (file: string) => recorded<Body>('directus-12.4.0-sqlite', file).request.body;
const responseData = <T>(file: string) => recorded<unknown, T>('directus-12.4.0-sqlite', file).response.data;
function without<T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> {
  const copy = { ...value };
  delete copy[key];
  return copy;
}
/** A relation as the server returned it, without the row id it gave it. */
const withoutId = (relation: DirectusRelation): DirectusRelation => ({
  ...relation,
  meta: relation.meta ? without(relation.meta, 'id') : null,
});

const created = (steps: Step[], kind: Step['kind']) => steps.filter((s) => s.kind === kind);
const fieldsCreated = (steps: Step[]) => steps.flatMap((s) => (s.kind === 'createField' ? [s.field] : []));
const relationsCreated = (steps: Step[]) =>
  steps.flatMap((s) => (s.kind === 'createRelation' ? [s.relation] : []));
const fieldBody = (steps: Step[], collection: string, field: string) =>
  fieldsCreated(steps).find((f) => f.collection === collection && f.field === field);

/** Plans a new relationship, checks it is valid and sendable in order, and infers the result. */
function make(schema: DirectusSchema, spec: NewRelationship) {
  const index = buildModelIndex(schema);
  expect(validateNewRelationship(index, spec)).toEqual([]);
  const steps = planChange(index, { type: 'createRelationship', relationship: spec });
  expectSendableInOrder(schema, steps);
  const after = buildModelIndex(applySteps(schema, steps));
  expect(after.warnings).toEqual(index.warnings);
  const added = addedRelationships(index, after);
  expect(added, 'exactly one new relationship').toHaveLength(1);
  const [relationship] = added;
  return { steps, after, relationship: relationship!, index };
}

const withDefaults = (
  schema: DirectusSchema,
  kind: RelationshipKind,
  collection: string,
  related: string[],
) => defaultNewRelationship(buildModelIndex(schema), kind, collection, related);

describe('many-to-one', () => {
  const schema = recordedDemoModel();

  it('defaults: a <related>_<key> field, no alias, SET NULL', () => {
    expect(withDefaults(schema, 'm2o', 'articles', ['authors'])).toEqual({
      kind: 'm2o',
      collection: 'articles',
      field: 'authors_id',
      related: ['authors'],
      reverseField: null,
      junction: null,
      useExistingField: false,
      sortField: null,
      deselectAction: 'nullify',
      onDelete: 'SET NULL',
      relatedOnDelete: 'SET NULL',
    });
  });

  it('creates the foreign key, the reverse alias, then the relation, as recorded', () => {
    const spec = {
      ...withDefaults(schema, 'm2o', 'articles', ['authors']),
      field: 'author',
      reverseField: 'articles',
    };
    const { steps, relationship } = make(schema, spec);
    expect(steps.map((s) => s.kind)).toEqual(['createField', 'createField', 'createRelation']);
    expect(fieldsCreated(steps)).toEqual([
      {
        collection: 'articles',
        field: 'author',
        type: 'integer',
        meta: { interface: 'select-dropdown-m2o', special: ['m2o'] },
        schema: {},
      },
      {
        collection: 'authors',
        field: 'articles',
        type: 'alias',
        meta: { interface: 'list-o2m', special: ['o2m'] },
        schema: null,
      },
    ]);
    // What the recorded run sent holds everything Relata sends.
    const foreignKey = without(fieldsCreated(steps)[0]!, 'collection');
    expect(requestBody('04-create-field-articles-author-m2o.json')).toMatchObject(foreignKey);
    expect(requestBody('09-create-field-authors-articles-o2m-alias.json')).toMatchObject({
      type: 'alias',
      meta: { interface: 'list-o2m', special: ['o2m'] },
    });
    const recordedRelation = withoutId(
      responseData<DirectusRelation>('08-get-relation-articles-author.json'),
    );
    expect(relationsCreated(steps)).toEqual([
      { ...recordedRelation, meta: { ...recordedRelation.meta, one_field: 'articles' } },
    ]);
    expect(relationship).toMatchObject({
      id: 'articles.author',
      kind: 'o2m',
      source: { collection: 'articles', field: 'author' },
      targets: [{ collection: 'authors', field: 'articles' }],
      junction: null,
    });
  });

  it('gives a foreign key to directus_users the uuid type', () => {
    const spec = withDefaults(schema, 'm2o', 'articles', ['directus_users']);
    expect(spec.field).toBe('directus_users_id');
    const { steps, relationship } = make(schema, spec);
    expect(fieldBody(steps, 'articles', 'directus_users_id')?.type).toBe('uuid');
    expect(relationsCreated(steps)[0]?.schema).toMatchObject({
      foreign_key_table: 'directus_users',
      foreign_key_column: 'id',
      on_delete: 'SET NULL',
    });
    expect(relationship).toMatchObject({
      kind: 'm2o',
      targets: [{ collection: 'directus_users', field: null }],
    });
  });

  it('defaults a self-reference to NO ACTION', () => {
    const spec = withDefaults(schema, 'm2o', 'articles', ['articles']);
    expect(spec).toMatchObject({ field: 'articles_id', onDelete: 'NO ACTION' });
    const { steps, relationship } = make(schema, spec);
    expect(relationsCreated(steps)[0]?.schema?.on_delete).toBe('NO ACTION');
    expect(relationship).toMatchObject({
      id: 'articles.articles_id',
      kind: 'm2o',
      targets: [{ collection: 'articles', field: null }],
    });
  });

  it('types a foreign key to a string key as a string (languages.code)', () => {
    const withLanguages = aSchema(schema, {
      collections: [aCollection('languages')],
      fields: [aPrimaryKey('languages', 'code', 'string')],
    });
    const { steps } = make(withLanguages, withDefaults(withLanguages, 'm2o', 'articles', ['languages']));
    expect(fieldBody(steps, 'articles', 'languages_code')?.type).toBe('string');
    expect(relationsCreated(steps)[0]?.schema?.foreign_key_column).toBe('code');
  });

  it('with an existing field, only the relation is made', () => {
    const withField = aSchema(schema, {
      fields: [{ collection: 'articles', field: 'author', type: 'integer', meta: {}, schema: {} }],
    });
    const spec = {
      ...withDefaults(withField, 'm2o', 'articles', ['authors']),
      field: 'author',
      useExistingField: true,
    };
    const { steps } = make(withField, spec);
    expect(steps.map((s) => s.kind)).toEqual(['createRelation']);
  });
});

describe('single file', () => {
  it('a uuid field with the file interface and special, to directus_files', () => {
    const schema = recordedDemoModel();
    const spec = withDefaults(schema, 'file', 'articles', []);
    expect(spec).toMatchObject({ field: 'file', related: ['directus_files'], onDelete: 'SET NULL' });
    const { steps, relationship } = make(schema, spec);
    expect(fieldsCreated(steps)).toEqual([
      {
        collection: 'articles',
        field: 'file',
        type: 'uuid',
        meta: { interface: 'file', special: ['file'] },
        schema: {},
      },
    ]);
    expect(relationship).toMatchObject({
      id: 'articles.file',
      kind: 'file',
      source: { collection: 'articles', field: 'file' },
      targets: [{ collection: 'directus_files', field: null }],
    });
  });
});

describe('one-to-many', () => {
  const schema = recordedDemoModel();

  it('defaults: an alias named after the related collection, a <collection>_<key> foreign key there', () => {
    expect(withDefaults(schema, 'o2m', 'authors', ['articles'])).toMatchObject({
      field: 'articles',
      reverseField: 'authors_id',
      onDelete: 'SET NULL',
      junction: null,
    });
  });

  it('creates the alias, the foreign key on the related collection, then the relation', () => {
    const { steps, relationship } = make(schema, withDefaults(schema, 'o2m', 'authors', ['articles']));
    expect(steps).toEqual([
      {
        kind: 'createField',
        field: {
          collection: 'authors',
          field: 'articles',
          type: 'alias',
          meta: { interface: 'list-o2m', special: ['o2m'] },
          schema: null,
        },
      },
      {
        kind: 'createField',
        field: {
          collection: 'articles',
          field: 'authors_id',
          type: 'integer',
          meta: { interface: 'select-dropdown-m2o', hidden: true },
          schema: {},
        },
      },
      {
        kind: 'createRelation',
        relation: {
          collection: 'articles',
          field: 'authors_id',
          related_collection: 'authors',
          meta: {
            many_collection: 'articles',
            many_field: 'authors_id',
            one_collection: 'authors',
            one_field: 'articles',
            one_collection_field: null,
            one_allowed_collections: null,
            junction_field: null,
            sort_field: null,
            one_deselect_action: 'nullify',
          },
          schema: {
            table: 'articles',
            column: 'authors_id',
            foreign_key_table: 'authors',
            foreign_key_column: 'id',
            constraint_name: null,
            on_update: 'NO ACTION',
            on_delete: 'SET NULL',
          },
        },
      },
    ]);
    expect(relationship).toMatchObject({
      id: 'articles.authors_id',
      kind: 'o2m',
      source: { collection: 'articles', field: 'authors_id' },
      targets: [{ collection: 'authors', field: 'articles' }],
    });
  });

  it('creates a missing sort field on the many side, hidden, before the relation', () => {
    const spec = {
      ...withDefaults(schema, 'o2m', 'authors', ['articles']),
      sortField: 'sort',
      deselectAction: 'delete' as const,
    };
    const { steps } = make(schema, spec);
    expect(fieldBody(steps, 'articles', 'sort')).toEqual({
      collection: 'articles',
      field: 'sort',
      type: 'integer',
      meta: { hidden: true },
      schema: {},
    });
    expect(relationsCreated(steps)[0]?.meta).toMatchObject({
      sort_field: 'sort',
      one_deselect_action: 'delete',
    });
  });

  it('defaults a self-reference to NO ACTION', () => {
    const spec = withDefaults(schema, 'o2m', 'authors', ['authors']);
    expect(spec).toMatchObject({ field: 'authors', reverseField: 'authors_id', onDelete: 'NO ACTION' });
    const { relationship } = make(schema, spec);
    expect(relationship).toMatchObject({
      kind: 'o2m',
      targets: [{ collection: 'authors', field: 'authors' }],
    });
  });
});

describe('many-to-many', () => {
  const schema = recordedDemoModel();

  it('defaults: junction <a>_<b> with <collection>_<key> keys, alias named after the related collection', () => {
    expect(withDefaults(schema, 'm2m', 'articles', ['tags'])).toEqual({
      kind: 'm2m',
      collection: 'articles',
      field: 'tags',
      related: ['tags'],
      reverseField: null,
      junction: {
        collection: 'articles_tags',
        parentKey: 'articles_id',
        relatedKey: 'tags_id',
        reuse: false,
      },
      useExistingField: false,
      sortField: null,
      deselectAction: 'nullify',
      onDelete: 'SET NULL',
      relatedOnDelete: 'SET NULL',
    });
  });

  it('creates what the recorded run created, in order, with mutual junction_field pointers', () => {
    const spec = { ...withDefaults(schema, 'm2m', 'articles', ['tags']), reverseField: 'articles' };
    const { steps, relationship } = make(schema, spec);
    expect(steps.map((s) => s.kind)).toEqual([
      'createCollection',
      'createField',
      'createField',
      'createField',
      'createField',
      'createRelation',
      'createRelation',
    ]);
    expect(created(steps, 'createCollection')).toEqual([
      {
        kind: 'createCollection',
        collection: {
          collection: 'articles_tags',
          meta: { hidden: true, icon: 'import_export' },
          schema: { name: 'articles_tags' },
          fields: [
            {
              collection: 'articles_tags',
              field: 'id',
              type: 'integer',
              meta: { hidden: true },
              schema: { is_primary_key: true, has_auto_increment: true },
            },
          ],
        },
      },
    ]);
    const junction = requestBody('41-create-collection-junction-articles_tags.json') as unknown as {
      meta: unknown;
      fields: Body[];
    };
    expect(junction.meta).toEqual({ hidden: true, icon: 'import_export' });
    for (const key of ['articles_id', 'tags_id']) {
      const body = without(fieldBody(steps, 'articles_tags', key)!, 'collection');
      expect(body).toEqual({ field: key, type: 'integer', meta: { hidden: true }, schema: {} });
      expect(junction.fields.find((f) => f.field === key)).toEqual(body);
    }
    expect(fieldBody(steps, 'articles', 'tags')).toMatchObject({
      type: 'alias',
      meta: { interface: 'list-m2m', special: ['m2m'] },
    });
    expect(requestBody('42-create-field-articles-tags-m2m-alias.json')).toMatchObject({
      type: 'alias',
      meta: { interface: 'list-m2m', special: ['m2m'] },
    });
    expect(fieldBody(steps, 'tags', 'articles')).toMatchObject({
      type: 'alias',
      meta: { interface: 'list-m2m', special: ['m2m'] },
    });
    expect(requestBody('43-create-field-tags-articles-m2m-alias.json')).toEqual(
      without(without(fieldBody(steps, 'tags', 'articles')!, 'collection'), 'schema'),
    );
    // The two relations exactly as the recorded run created them (44, 45) and listed them (46).
    const createdThen = [
      '44-create-relation-m2m-articles_tags-articles_id.json',
      '45-create-relation-m2m-articles_tags-tags_id.json',
    ].map((file) => withoutId(responseData<DirectusRelation>(file)));
    expect(relationsCreated(steps)).toEqual(createdThen);
    const listed = responseData<DirectusRelation[]>('46-get-relations-articles_tags.json').map(withoutId);
    expect(listed).toEqual([createdThen[1], createdThen[0]]);
    expect(relationship).toEqual({
      id: 'articles_tags.articles_id',
      kind: 'm2m',
      relations: createdThen,
      source: { collection: 'articles', field: 'tags' },
      targets: [{ collection: 'tags', field: 'articles' }],
      junction: { collection: 'articles_tags', parentField: 'articles_id', relatedField: 'tags_id' },
    });
  });

  it('adds _1 to a junction name already taken, and _2 after that', () => {
    const taken = aSchema(schema, { collections: [aCollection('articles_tags')] });
    expect(withDefaults(taken, 'm2m', 'articles', ['tags']).junction?.collection).toBe('articles_tags_1');
    const twice = aSchema(taken, { collections: [aCollection('articles_tags_1')] });
    const spec = withDefaults(twice, 'm2m', 'articles', ['tags']);
    expect(spec.junction?.collection).toBe('articles_tags_2');
    expect(make(twice, spec).relationship.junction?.collection).toBe('articles_tags_2');
  });

  it('prefixes junction_ before a junction from a system collection, keyed by uuid', () => {
    const spec = withDefaults(schema, 'm2m', 'directus_users', ['tags']);
    expect(spec.junction).toEqual({
      collection: 'junction_directus_users_tags',
      parentKey: 'directus_users_id',
      relatedKey: 'tags_id',
      reuse: false,
    });
    const { steps, relationship } = make(schema, spec);
    expect(fieldBody(steps, 'junction_directus_users_tags', 'directus_users_id')?.type).toBe('uuid');
    expect(fieldBody(steps, 'directus_users', 'tags')?.meta).toEqual({
      interface: 'list-m2m',
      special: ['m2m'],
    });
    expect(relationship).toMatchObject({
      kind: 'm2m',
      source: { collection: 'directus_users', field: 'tags' },
      targets: [{ collection: 'tags', field: null }],
    });
  });

  it('types the related key from the related primary key (uuid for directus_users)', () => {
    const spec = withDefaults(schema, 'm2m', 'articles', ['directus_users']);
    expect(spec.junction).toMatchObject({
      collection: 'articles_directus_users',
      relatedKey: 'directus_users_id',
    });
    const { steps } = make(schema, spec);
    expect(fieldBody(steps, 'articles_directus_users', 'directus_users_id')?.type).toBe('uuid');
    expect(fieldBody(steps, 'articles_directus_users', 'articles_id')?.type).toBe('integer');
  });

  it('prefixes the second key of a self-M2M with related_', () => {
    const spec = withDefaults(schema, 'm2m', 'articles', ['articles']);
    expect(spec.junction).toEqual({
      collection: 'articles_articles',
      parentKey: 'articles_id',
      relatedKey: 'related_articles_id',
      reuse: false,
    });
    const { relationship } = make(schema, spec);
    expect(relationship).toMatchObject({
      kind: 'm2m',
      source: { collection: 'articles', field: 'articles' },
      targets: [{ collection: 'articles', field: null }],
      junction: {
        collection: 'articles_articles',
        parentField: 'articles_id',
        relatedField: 'related_articles_id',
      },
    });
  });

  it('creates a sort field on the junction when asked', () => {
    const spec = { ...withDefaults(schema, 'm2m', 'articles', ['tags']), sortField: 'sort' };
    const { steps } = make(schema, spec);
    expect(fieldBody(steps, 'articles_tags', 'sort')).toMatchObject({
      type: 'integer',
      meta: { hidden: true },
    });
    expect(relationsCreated(steps).map((r) => r.meta?.sort_field)).toEqual(['sort', null]);
  });
});

describe('files', () => {
  it('junction <c>_files with directus_files_id (uuid), alias special files', () => {
    const schema = recordedDemoModel();
    const spec = withDefaults(schema, 'files', 'articles', []);
    expect(spec).toMatchObject({
      field: 'files',
      related: ['directus_files'],
      junction: {
        collection: 'articles_files',
        parentKey: 'articles_id',
        relatedKey: 'directus_files_id',
        reuse: false,
      },
    });
    const { steps, relationship } = make(schema, spec);
    expect(fieldBody(steps, 'articles_files', 'directus_files_id')).toMatchObject({
      type: 'uuid',
      meta: { hidden: true },
    });
    expect(fieldBody(steps, 'articles', 'files')?.meta).toEqual({ interface: 'files', special: ['files'] });
    expect(
      relationsCreated(steps).map((r) => [r.field, r.related_collection, r.meta?.junction_field]),
    ).toEqual([
      ['articles_id', 'articles', 'directus_files_id'],
      ['directus_files_id', 'directus_files', 'articles_id'],
    ]);
    expect(relationship).toMatchObject({
      id: 'articles_files.articles_id',
      kind: 'files',
      source: { collection: 'articles', field: 'files' },
      targets: [{ collection: 'directus_files', field: null }],
      junction: {
        collection: 'articles_files',
        parentField: 'articles_id',
        relatedField: 'directus_files_id',
      },
    });
  });
});

describe('translations', () => {
  it('creates the languages collection (code, name, direction) when it does not exist', () => {
    const schema = recordedDemoModel();
    const spec = withDefaults(schema, 'translations', 'articles', []);
    expect(spec).toMatchObject({
      field: 'translations',
      related: ['languages'],
      junction: {
        collection: 'articles_translations',
        parentKey: 'articles_id',
        relatedKey: 'languages_code',
        reuse: false,
      },
    });
    const { steps, relationship, after } = make(schema, spec);
    expect(steps.map((s) => s.kind)).toEqual([
      'createCollection',
      'createCollection',
      'createField',
      'createField',
      'createField',
      'createRelation',
      'createRelation',
    ]);
    const languages = created(steps, 'createCollection')[1];
    expect(
      languages?.kind === 'createCollection' && languages.collection.fields.map((f) => [f.field, f.type]),
    ).toEqual([
      ['code', 'string'],
      ['name', 'string'],
      ['direction', 'string'],
    ]);
    expect(after.primaryKey('languages')).toMatchObject({ field: 'code', type: 'string' });
    expect(fieldBody(steps, 'articles_translations', 'languages_code')).toMatchObject({
      type: 'string',
      meta: { hidden: true },
    });
    expect(fieldBody(steps, 'articles', 'translations')?.meta).toEqual({
      interface: 'translations',
      special: ['translations'],
    });
    expect(relationsCreated(steps)[1]?.schema).toMatchObject({
      foreign_key_table: 'languages',
      foreign_key_column: 'code',
    });
    expect(relationship).toMatchObject({
      id: 'articles_translations.articles_id',
      kind: 'translations',
      source: { collection: 'articles', field: 'translations' },
      targets: [{ collection: 'languages', field: null }],
      junction: {
        collection: 'articles_translations',
        parentField: 'articles_id',
        relatedField: 'languages_code',
      },
    });
  });

  it('uses an existing languages collection as it is', () => {
    const schema = aSchema(recordedDemoModel(), {
      collections: [aCollection('languages')],
      fields: [aPrimaryKey('languages', 'code', 'string')],
    });
    const { steps, relationship } = make(schema, withDefaults(schema, 'translations', 'articles', []));
    expect(created(steps, 'createCollection')).toHaveLength(1);
    expect(relationship.kind).toBe('translations');
  });
});

describe('many-to-any', () => {
  const schema = recordedDemoModel();

  it('defaults: junction <c>_<field> with item and collection', () => {
    expect(withDefaults(schema, 'm2a', 'pages', ['block_hero', 'block_text'])).toMatchObject({
      field: 'items',
      related: ['block_hero', 'block_text'],
      reverseField: null,
      junction: { collection: 'pages_items', parentKey: 'pages_id', relatedKey: 'item', reuse: false },
    });
  });

  it('creates what the recorded run created: item relation without a foreign key', () => {
    const spec: NewRelationship = {
      ...withDefaults(schema, 'm2a', 'pages', ['block_hero', 'block_text']),
      field: 'blocks',
      junction: { collection: 'pages_blocks', parentKey: 'pages_id', relatedKey: 'item', reuse: false },
    };
    const { steps, relationship } = make(schema, spec);
    const junctionBody = requestBody('53-create-collection-junction-pages_blocks.json') as unknown as {
      fields: Body[];
    };
    for (const [field, type] of [
      ['pages_id', 'integer'],
      ['item', 'string'],
      ['collection', 'string'],
    ] as const) {
      const body = without(fieldBody(steps, 'pages_blocks', field)!, 'collection');
      expect(body).toEqual({ field, type, meta: { hidden: true }, schema: {} });
      expect(junctionBody.fields.find((f) => f.field === field)).toEqual(body);
    }
    expect(fieldBody(steps, 'pages', 'blocks')?.meta).toEqual({ interface: 'list-m2a', special: ['m2a'] });
    expect(requestBody('54-create-field-pages-blocks-m2a-alias.json')).toMatchObject({
      meta: { interface: 'list-m2a', special: ['m2a'] },
    });
    const item = relationsCreated(steps).find((r) => r.field === 'item');
    expect(item).toMatchObject({
      related_collection: null,
      schema: null,
      meta: {
        one_allowed_collections: ['block_hero', 'block_text'],
        one_collection_field: 'collection',
        junction_field: 'pages_id',
      },
    });
    // As the recorded run created them (55 the item, 56 the parent; Relata makes the parent's
    // first) and listed them (57).
    const createdThen = [
      '56-create-relation-m2a-pages_blocks-pages_id.json',
      '55-create-relation-m2a-pages_blocks-item.json',
    ].map((file) => withoutId(responseData<DirectusRelation>(file)));
    expect(relationsCreated(steps)).toEqual(createdThen);
    const listed = responseData<DirectusRelation[]>('57-get-relations-pages_blocks.json').map(withoutId);
    expect(listed).toEqual(createdThen);
    expect(relationship).toMatchObject({
      id: 'pages_blocks.pages_id',
      kind: 'm2a',
      source: { collection: 'pages', field: 'blocks' },
      targets: [
        { collection: 'block_hero', field: null },
        { collection: 'block_text', field: null },
      ],
      junction: { collection: 'pages_blocks', parentField: 'pages_id', relatedField: 'item' },
    });
  });

  it('keeps a string item for uuid-keyed allowed collections', () => {
    const withUuid = aSchema(schema, {
      collections: [aCollection('block_cta')],
      fields: [aPrimaryKey('block_cta', 'id', 'uuid')],
    });
    const spec = withDefaults(withUuid, 'm2a', 'pages', ['block_hero', 'block_cta']);
    const { steps, relationship } = make(withUuid, spec);
    expect(fieldBody(steps, 'pages_items', 'item')?.type).toBe('string');
    expect(relationship.targets.map((t) => t.collection)).toEqual(['block_hero', 'block_cta']);
  });
});

describe('reusing an existing junction', () => {
  /** articles_tags whose articles alias was deleted in the Data Studio (as in tecktal). */
  function orphanedJunction(): DirectusSchema {
    const base = recordedDemoModel();
    const index = buildModelIndex(base);
    const steps = planChange(index, {
      type: 'createRelationship',
      relationship: defaultNewRelationship(index, 'm2m', 'articles', ['tags']),
    });
    const alias = fieldBody(steps, 'articles', 'tags') as DirectusField;
    return applySteps(applySteps(base, steps), [{ kind: 'deleteField', before: alias }]);
  }

  it('finds the junction from either side, with the alias each side has', () => {
    const index = buildModelIndex(orphanedJunction());
    expect(reusableJunctions(index, 'articles', 'tags')).toEqual([
      {
        collection: 'articles_tags',
        parentKey: 'articles_id',
        relatedKey: 'tags_id',
        reuse: true,
        parentAlias: null,
      },
    ]);
    expect(reusableJunctions(index, 'tags', 'articles')).toEqual([
      {
        collection: 'articles_tags',
        parentKey: 'tags_id',
        relatedKey: 'articles_id',
        reuse: true,
        parentAlias: null,
      },
    ]);
    expect(reusableJunctions(index, 'articles', 'authors')).toEqual([]);
  });

  it('only adds the alias and points the parent relation at it', () => {
    const schema = orphanedJunction();
    const index = buildModelIndex(schema);
    const [junction] = reusableJunctions(index, 'articles', 'tags');
    const spec = { ...defaultNewRelationship(index, 'm2m', 'articles', ['tags']), junction: junction! };
    expect(spec.field).toBe('tags');
    expect(validateNewRelationship(index, spec)).toEqual([]);
    const steps = planChange(index, { type: 'createRelationship', relationship: spec });
    expectSendableInOrder(schema, steps);
    const toParent = index.relation('articles_tags', 'articles_id')!;
    expect(steps).toEqual([
      { kind: 'createField', field: fieldBody(steps, 'articles', 'tags') },
      {
        kind: 'updateRelation',
        before: toParent,
        relation: { ...toParent, meta: { ...toParent.meta, one_field: 'tags', junction_field: 'tags_id' } },
      },
    ]);
    const after = buildModelIndex(applySteps(schema, steps));
    expect(after.relationships).toHaveLength(index.relationships.length);
    expect(after.relationshipOf('articles_tags', 'articles_id')).toMatchObject({
      id: 'articles_tags.articles_id',
      kind: 'm2m',
      source: { collection: 'articles', field: 'tags' },
      targets: [{ collection: 'tags', field: null }],
      junction: { collection: 'articles_tags', parentField: 'articles_id', relatedField: 'tags_id' },
    });
  });

  it('adds the reverse alias too when the related side has none', () => {
    const schema = orphanedJunction();
    const index = buildModelIndex(schema);
    const [junction] = reusableJunctions(index, 'articles', 'tags');
    const spec = {
      ...defaultNewRelationship(index, 'm2m', 'articles', ['tags']),
      junction: junction!,
      reverseField: 'articles',
    };
    const steps = planChange(index, { type: 'createRelationship', relationship: spec });
    expectSendableInOrder(schema, steps);
    expect(steps.map((s) => s.kind)).toEqual([
      'createField',
      'createField',
      'updateRelation',
      'updateRelation',
    ]);
    const after = buildModelIndex(applySteps(schema, steps));
    expect(after.relationshipOf('articles_tags', 'tags_id')?.targets).toEqual([
      { collection: 'tags', field: 'articles' },
    ]);
  });
});
