import { describe, expect, it } from 'vitest';
import { aField, aForeignKey, anAlias, aRelation, aSchema } from '../../testing/builders';
import { asBody, expectSendableInOrder } from '../../testing/plans';
import {
  aFilesManyToMany,
  aManyToAny,
  aManyToMany,
  aManyToOne,
  aTranslations,
} from '../../testing/scenarios';
import type { DirectusSchema } from '../directus-types';
import { buildModelIndex } from '../model-index';
import { applySteps } from './apply-steps';
import type { Change } from './change';
import { defaultNewRelationship } from './new-relationship';
import { applyChange, createdRelationshipId, planChange } from './plan';
import type { Step } from './steps';

const plan = (schema: DirectusSchema, change: Change) => planChange(buildModelIndex(schema), change);
const summary = (steps: Step[]) =>
  steps.map((s) => {
    switch (s.kind) {
      case 'createCollection':
        return `${s.kind} ${s.collection.collection}`;
      case 'deleteCollection':
        return `${s.kind} ${s.before.collection.collection}`;
      case 'createField':
        return `${s.kind} ${s.field.collection}.${s.field.field}`;
      case 'deleteField':
        return `${s.kind} ${s.before.collection}.${s.before.field}`;
      case 'deleteRelation':
        return `${s.kind} ${s.before.collection}.${s.before.field}`;
      default:
        return `${s.kind} ${s.relation.collection}.${s.relation.field}`;
    }
  });

describe('planChange: updateRelation', () => {
  const schema = aSchema(aManyToOne());
  const before = schema.relations[0]!;
  const after = { ...before, meta: { ...before.meta, one_field: 'articles' } };

  it('creates the fields it needs first, then updates the relation', () => {
    const steps = plan(schema, {
      type: 'updateRelation',
      before,
      after,
      createFields: [asBody(anAlias('authors', 'articles'))],
    });
    expect(steps).toEqual([
      { kind: 'createField', field: asBody(anAlias('authors', 'articles')) },
      { kind: 'updateRelation', relation: after, before },
    ]);
    expectSendableInOrder(schema, steps);
  });

  it('turns an M2O into an O2M under the same relationship id', () => {
    const index = buildModelIndex(schema);
    const changed = buildModelIndex(
      applyChange(index, {
        type: 'updateRelation',
        before,
        after,
        createFields: [asBody(anAlias('authors', 'articles'))],
      }),
    );
    expect(changed.relationship('articles.author')).toMatchObject({
      kind: 'o2m',
      targets: [{ collection: 'authors', field: 'articles' }],
    });
    expect(changed.relationships).toHaveLength(1);
  });
});

describe('planChange: deleteRelation', () => {
  const schema = aSchema(aManyToOne({ alias: 'articles' }));
  const relation = schema.relations[0]!;

  it('without its field: the relation only, as the model has it now', () => {
    const stale = { ...relation, meta: { ...relation.meta, sort_field: 'stale' } };
    expect(plan(schema, { type: 'deleteRelation', relation: stale, deleteField: false })).toEqual([
      { kind: 'deleteRelation', before: relation },
    ]);
  });

  it('with its field: the relation, then the column', () => {
    const steps = plan(schema, { type: 'deleteRelation', relation, deleteField: true });
    expect(summary(steps)).toEqual(['deleteRelation articles.author', 'deleteField articles.author']);
    const after = applySteps(schema, steps);
    expect(after.fields.some((f) => f.collection === 'articles' && f.field === 'author')).toBe(false);
    // The alias stays: Directus deletes the relation first, so nothing is left to remove it.
    expect(after.fields.some((f) => f.collection === 'authors' && f.field === 'articles')).toBe(true);
  });

  it('a relation the model does not have is deleted as given, without a field to drop', () => {
    const ghost = aRelation({ collection: 'x', field: 'y' });
    expect(plan(schema, { type: 'deleteRelation', relation: ghost, deleteField: true })).toEqual([
      { kind: 'deleteRelation', before: ghost },
    ]);
  });
});

describe('planChange: deleteRelationship', () => {
  it('an unknown id plans nothing', () => {
    expect(
      plan(aSchema(aManyToOne()), { type: 'deleteRelationship', relationshipId: 'x.y', whole: true }),
    ).toEqual([]);
  });

  it.each([
    ['m2o', aManyToOne(), 'articles.author', ['deleteRelation articles.author']],
    [
      'm2m',
      aManyToMany(),
      'articles_tags.articles_id',
      ['deleteRelation articles_tags.articles_id', 'deleteRelation articles_tags.tags_id'],
    ],
    [
      'm2a',
      aManyToAny(),
      'pages_blocks.pages_id',
      ['deleteRelation pages_blocks.pages_id', 'deleteRelation pages_blocks.item'],
    ],
  ] as const)('not whole, %s: its relation rows only', (_, schema, id, expected) => {
    const steps = plan(schema, { type: 'deleteRelationship', relationshipId: id, whole: false });
    expect(summary(steps)).toEqual(expected);
  });

  it('whole M2O: the relation, then the column', () => {
    const steps = plan(aSchema(aManyToOne()), {
      type: 'deleteRelationship',
      relationshipId: 'articles.author',
      whole: true,
    });
    expect(summary(steps)).toEqual(['deleteRelation articles.author', 'deleteField articles.author']);
  });

  it('whole O2M: the relation, the alias, then the column', () => {
    const schema = aSchema(aManyToOne({ alias: 'articles' }));
    const steps = plan(schema, {
      type: 'deleteRelationship',
      relationshipId: 'articles.author',
      whole: true,
    });
    expect(summary(steps)).toEqual([
      'deleteRelation articles.author',
      'deleteField authors.articles',
      'deleteField articles.author',
    ]);
    expectSendableInOrder(schema, steps);
  });

  it.each([
    [
      'm2m',
      // Aliased on both sides, both m2m: the smaller relation key is the parent.
      aSchema(aManyToMany({ relatedAlias: 'articles' })),
      'articles_tags.articles_id',
      [
        'deleteRelation articles_tags.articles_id',
        'deleteRelation articles_tags.tags_id',
        'deleteField articles.tags',
        'deleteField tags.articles',
        'deleteCollection articles_tags',
      ],
    ],
    [
      'translations',
      aSchema(aTranslations()),
      'articles_translations.articles_id',
      [
        'deleteRelation articles_translations.articles_id',
        'deleteRelation articles_translations.languages_code',
        'deleteField articles.translations',
        'deleteCollection articles_translations',
      ],
    ],
    [
      'files',
      aSchema(aFilesManyToMany()),
      'articles_files.articles_id',
      [
        'deleteRelation articles_files.articles_id',
        'deleteRelation articles_files.directus_files_id',
        'deleteField articles.gallery',
        'deleteCollection articles_files',
      ],
    ],
    [
      'm2a',
      aSchema(aManyToAny()),
      'pages_blocks.pages_id',
      [
        'deleteRelation pages_blocks.pages_id',
        'deleteRelation pages_blocks.item',
        'deleteField pages.blocks',
        'deleteCollection pages_blocks',
      ],
    ],
  ] as const)(
    'whole %s: relations, aliases, then the junction with its fields',
    (_, schema, id, expected) => {
      const steps = plan(schema, { type: 'deleteRelationship', relationshipId: id, whole: true });
      expect(summary(steps)).toEqual(expected);
      const junction = steps.find((s) => s.kind === 'deleteCollection');
      expect(junction?.kind === 'deleteCollection' && junction.before.fields.map((f) => f.field)).toEqual(
        buildModelIndex(schema)
          .fields(id.split('.')[0]!)
          .map((f) => f.field),
      );
      expectSendableInOrder(schema, steps);
      const after = buildModelIndex(applySteps(schema, steps));
      expect(after.relationships).toEqual([]);
      expect(after.collection(id.split('.')[0]!)).toBeUndefined();
    },
  );

  it('whole: also what Directus deletes with the junction (its other relations, their aliases, keys into it)', () => {
    const schema = aSchema(aManyToAny(), {
      fields: [
        aForeignKey('pages_blocks', 'user_created', 'user-created', 'uuid'),
        anAlias('directus_users', 'blocks_made'),
        aForeignKey('notes', 'block'),
      ],
      relations: [
        aRelation({
          collection: 'pages_blocks',
          field: 'user_created',
          related_collection: 'directus_users',
          meta: { one_field: 'blocks_made' },
        }),
        aRelation({ collection: 'notes', field: 'block', related_collection: 'pages_blocks' }),
      ],
    });
    const steps = plan(schema, {
      type: 'deleteRelationship',
      relationshipId: 'pages_blocks.pages_id',
      whole: true,
    });
    expect(summary(steps)).toEqual([
      'deleteRelation pages_blocks.pages_id',
      'deleteRelation pages_blocks.item',
      'deleteRelation pages_blocks.user_created',
      'deleteRelation notes.block',
      'deleteField pages.blocks',
      'deleteField directus_users.blocks_made',
      'deleteField notes.block',
      'deleteCollection pages_blocks',
    ]);
    expectSendableInOrder(schema, steps);
    // Not whole, the junction stays, and so do its other relations.
    expect(
      summary(
        plan(schema, { type: 'deleteRelationship', relationshipId: 'pages_blocks.pages_id', whole: false }),
      ),
    ).toEqual(['deleteRelation pages_blocks.pages_id', 'deleteRelation pages_blocks.item']);
  });

  it('whole, a junction the model does not declare: the relations and aliases only', () => {
    const schema = aSchema(aManyToMany());
    schema.collections = schema.collections.filter((c) => c.collection !== 'articles_tags');
    const steps = plan(schema, {
      type: 'deleteRelationship',
      relationshipId: 'articles_tags.articles_id',
      whole: true,
    });
    expect(summary(steps)).toEqual([
      'deleteRelation articles_tags.articles_id',
      'deleteRelation articles_tags.tags_id',
      'deleteField articles.tags',
    ]);
  });

  it('skips a one_field naming an alias that does not exist', () => {
    const schema = aSchema(aManyToOne({ alias: 'articles' }));
    schema.fields = schema.fields.filter((f) => f.field !== 'articles');
    const steps = plan(schema, {
      type: 'deleteRelationship',
      relationshipId: 'articles.author',
      whole: true,
    });
    expect(summary(steps)).toEqual(['deleteRelation articles.author', 'deleteField articles.author']);
  });
});

describe('planChange: batch', () => {
  it('plans each change against the model the earlier ones leave', () => {
    const schema = aSchema(aManyToOne(), { fields: [aField({ collection: 'authors', field: 'name' })] });
    const index = buildModelIndex(schema);
    const m2m = defaultNewRelationship(index, 'm2m', 'articles', ['tags']);
    // tags does not exist yet: a first M2M to authors makes articles_authors, then a second one
    // planned on that model gets articles_authors_1, and the deletion sees the first's relation.
    const first = defaultNewRelationship(index, 'm2m', 'articles', ['authors']);
    const steps = planChange(index, {
      type: 'batch',
      changes: [
        { type: 'createRelationship', relationship: first },
        {
          type: 'createRelationship',
          relationship: {
            ...first,
            field: 'more_authors',
            junction: { ...first.junction!, collection: 'articles_authors_1' },
          },
        },
        { type: 'deleteRelationship', relationshipId: 'articles_authors.articles_id', whole: false },
      ],
    });
    expect(m2m.junction?.collection).toBe('articles_tags');
    expect(
      summary(steps).filter((s) => s.startsWith('createCollection') || s.startsWith('deleteRelation')),
    ).toEqual([
      'createCollection articles_authors',
      'createCollection articles_authors_1',
      'deleteRelation articles_authors.articles_id',
      'deleteRelation articles_authors.authors_id',
    ]);
    const after = buildModelIndex(applySteps(schema, steps));
    expect(after.relationships.map((r) => `${r.kind} ${r.id}`)).toEqual([
      'm2o articles.author',
      'm2m articles_authors_1.articles_id',
    ]);
  });

  it('a later change sees what an earlier one created: delete a relationship made in the same batch', () => {
    const schema = aSchema(aManyToOne());
    const index = buildModelIndex(schema);
    const spec = { ...defaultNewRelationship(index, 'o2m', 'authors', ['articles']), reverseField: 'writer' };
    const steps = planChange(index, {
      type: 'batch',
      changes: [
        { type: 'createRelationship', relationship: spec },
        { type: 'deleteRelationship', relationshipId: 'articles.writer', whole: true },
      ],
    });
    expect(summary(steps).slice(-3)).toEqual([
      'deleteRelation articles.writer',
      'deleteField authors.articles',
      'deleteField articles.writer',
    ]);
    expect(applySteps(schema, steps)).toEqual(schema);
  });

  it('an empty batch plans nothing', () => {
    expect(plan(aSchema(aManyToOne()), { type: 'batch', changes: [] })).toEqual([]);
  });
});

describe('createdRelationshipId', () => {
  it("a new relationship's id is its own relation's key", () => {
    const schema = aSchema(aManyToOne());
    const index = buildModelIndex(schema);
    const spec = defaultNewRelationship(index, 'm2m', 'articles', ['authors']);
    expect(createdRelationshipId(index, spec)).toBe('articles_authors.articles_id');
  });

  it('reusing a junction from its other side joins the M2M that junction already is', () => {
    // Directus created articles_id (the articles side) first: it stays the parent.
    const schema = aSchema(aManyToMany());
    schema.relations = schema.relations.map((r) => ({
      ...r,
      meta: r.meta && { ...r.meta, id: r.field === 'articles_id' ? 9 : 10 },
    }));
    const index = buildModelIndex(schema);
    const spec = {
      ...defaultNewRelationship(index, 'm2m', 'tags', ['articles']),
      junction: { collection: 'articles_tags', parentKey: 'tags_id', relatedKey: 'articles_id', reuse: true },
    };
    expect(createdRelationshipId(index, spec)).toBe('articles_tags.articles_id');
  });
});
