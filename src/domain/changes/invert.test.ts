import { describe, expect, it } from 'vitest';
import { aField, aForeignKey, anAlias, aRelation, aSchema } from '../../testing/builders';
import { recordedDemoModel } from '../../testing/fixtures/recorded-demo';
import { asBody, canonical } from '../../testing/plans';
import {
  aFilesManyToMany,
  aManyToAny,
  aManyToMany,
  aManyToOne,
  aTranslations,
} from '../../testing/scenarios';
import type { DirectusSchema } from '../directus-types';
import type { RelationshipKind } from '../model';
import { buildModelIndex } from '../model-index';
import { applySteps } from './apply-steps';
import type { Change } from './change';
import { defaultNewRelationship } from './new-relationship';
import { invertStep, invertSteps, irrecoverableLosses } from './invert';
import { planChange } from './plan';
import type { Step } from './steps';

/** Plans the change, applies it, applies its inverse: the model must be back where it was. */
function roundTrip(schema: DirectusSchema, change: Change) {
  const steps = planChange(buildModelIndex(schema), change);
  expect(steps.length).toBeGreaterThan(0);
  const changed = applySteps(schema, steps);
  expect(canonical(changed)).not.toEqual(canonical(schema));
  const back = applySteps(changed, invertSteps(steps));
  expect(canonical(back)).toEqual(canonical(schema));
  return steps;
}

describe('invertStep', () => {
  const field = asBody(aForeignKey('articles', 'author'));
  const relation = aRelation();

  it('pairs each step with its opposite', () => {
    expect(invertStep({ kind: 'createField', field })).toEqual({ kind: 'deleteField', before: field });
    expect(invertStep({ kind: 'createRelation', relation })).toEqual({
      kind: 'deleteRelation',
      before: relation,
    });
    expect(invertStep({ kind: 'deleteRelation', before: relation })).toEqual({
      kind: 'createRelation',
      relation,
    });
    const after = { ...relation, meta: { ...relation.meta, one_field: 'articles' } };
    expect(invertStep({ kind: 'updateRelation', relation: after, before: relation })).toEqual({
      kind: 'updateRelation',
      relation,
      before: after,
    });
  });

  it('re-creates a deleted field from what it was, meta and schema included', () => {
    const bare = { collection: 'articles', field: 'x', type: 'integer' };
    expect(invertStep({ kind: 'deleteField', before: bare })).toEqual({
      kind: 'createField',
      field: { ...bare, meta: null, schema: null },
    });
    expect(invertStep({ kind: 'deleteField', before: field })).toEqual({ kind: 'createField', field });
  });

  it('turns a created collection into its deletion with its fields, and back', () => {
    const schema = aSchema(aManyToMany());
    const steps = planChange(buildModelIndex(schema), {
      type: 'deleteRelationship',
      relationshipId: 'articles_tags.articles_id',
      whole: true,
    });
    const drop = steps.find((s) => s.kind === 'deleteCollection')!;
    const create = invertStep(drop);
    expect(create.kind).toBe('createCollection');
    expect(invertStep(create)).toEqual(drop);
  });

  it('inverts a plan in reverse order', () => {
    const steps: Step[] = [
      { kind: 'createField', field },
      { kind: 'createRelation', relation },
    ];
    expect(invertSteps(steps).map((s) => s.kind)).toEqual(['deleteRelation', 'deleteField']);
    expect(invertSteps(invertSteps(steps))).toEqual(steps);
  });
});

describe('a new relationship, then its inverse, gives the model back', () => {
  it.each<[RelationshipKind, string, string[]]>([
    ['m2o', 'articles', ['authors']],
    ['m2o', 'articles', ['articles']],
    ['file', 'articles', []],
    ['o2m', 'authors', ['articles']],
    ['m2m', 'articles', ['tags']],
    ['m2m', 'articles', ['articles']],
    ['m2m', 'directus_users', ['tags']],
    ['files', 'articles', []],
    ['translations', 'articles', []],
    ['m2a', 'pages', ['block_hero', 'block_text']],
  ])('%s from %s to %j', (kind, collection, related) => {
    const schema = recordedDemoModel();
    const index = buildModelIndex(schema);
    const spec = defaultNewRelationship(index, kind, collection, related);
    const withExtras = {
      ...spec,
      reverseField: kind === 'm2o' || kind === 'm2m' ? `reverse_${kind}` : spec.reverseField,
      sortField: kind === 'o2m' || kind === 'm2m' || kind === 'm2a' ? 'sort' : null,
    };
    const steps = roundTrip(schema, { type: 'createRelationship', relationship: withExtras });
    expect(irrecoverableLosses(steps)).toEqual([]);
  });

  it('reusing a junction, then undoing it, leaves the junction as it was', () => {
    const schema = aSchema(recordedDemoModel(), aManyToMany({ parentAlias: null }));
    const index = buildModelIndex(schema);
    const spec = defaultNewRelationship(index, 'm2m', 'articles', ['tags']);
    roundTrip(schema, {
      type: 'createRelationship',
      relationship: {
        ...spec,
        reverseField: 'articles',
        junction: {
          collection: 'articles_tags',
          parentKey: 'articles_id',
          relatedKey: 'tags_id',
          reuse: true,
        },
      },
    });
  });
});

describe('deleting a relationship, then its inverse, gives the model back', () => {
  it.each([
    ['m2o', aSchema(aManyToOne()), 'articles.author'],
    ['o2m', aSchema(aManyToOne({ alias: 'articles' })), 'articles.author'],
    ['file', aSchema(aManyToOne({ field: 'cover', related: 'directus_files' })), 'articles.cover'],
    ['m2m', aSchema(aManyToMany({ relatedAlias: 'articles' })), 'articles_tags.articles_id'],
    ['translations', aSchema(aTranslations()), 'articles_translations.articles_id'],
    ['files', aSchema(aFilesManyToMany()), 'articles_files.articles_id'],
    ['m2a', aSchema(aManyToAny()), 'pages_blocks.pages_id'],
  ] as const)('%s, relations only and whole', (_, schema, id) => {
    roundTrip(schema, { type: 'deleteRelationship', relationshipId: id, whole: false });
    roundTrip(schema, { type: 'deleteRelationship', relationshipId: id, whole: true });
  });

  it('a junction with relations of its own (user_created, as in simple-website-cms page_blocks)', () => {
    const schema = aSchema(aManyToAny(), {
      fields: [
        aForeignKey('pages_blocks', 'user_created', 'user-created', 'uuid'),
        anAlias('directus_users', 'blocks_made'),
      ],
      relations: [
        aRelation({
          collection: 'pages_blocks',
          field: 'user_created',
          related_collection: 'directus_users',
          meta: { one_field: 'blocks_made' },
        }),
      ],
    });
    const steps = roundTrip(schema, {
      type: 'deleteRelationship',
      relationshipId: 'pages_blocks.pages_id',
      whole: true,
    });
    // Directus deletes them with the collection; the plan says so, so undo can bring them back.
    expect(
      steps.map((s) => (s.kind === 'deleteRelation' ? `${s.before.collection}.${s.before.field}` : s.kind)),
    ).toContain('pages_blocks.user_created');
  });

  it('a junction other collections point into', () => {
    const schema = aSchema(aManyToMany(), {
      fields: [aForeignKey('notes', 'link')],
      relations: [aRelation({ collection: 'notes', field: 'link', related_collection: 'articles_tags' })],
    });
    const steps = roundTrip(schema, {
      type: 'deleteRelationship',
      relationshipId: 'articles_tags.articles_id',
      whole: true,
    });
    expect(irrecoverableLosses(steps)).toContain('the data in notes.link');
  });

  it('deleting a relation with its field', () => {
    const schema = aSchema(aManyToOne({ alias: 'articles' }));
    roundTrip(schema, { type: 'deleteRelation', relation: schema.relations[0]!, deleteField: true });
  });
});

describe('irrecoverableLosses', () => {
  it('names dropped columns and collections, not aliases or relations', () => {
    const schema = aSchema(aManyToOne({ alias: 'articles' }), aManyToMany());
    const index = buildModelIndex(schema);
    expect(
      irrecoverableLosses(
        planChange(index, { type: 'deleteRelationship', relationshipId: 'articles.author', whole: true }),
      ),
    ).toEqual(['the data in articles.author']);
    expect(
      irrecoverableLosses(
        planChange(index, {
          type: 'deleteRelationship',
          relationshipId: 'articles_tags.articles_id',
          whole: true,
        }),
      ),
    ).toEqual(['the items of articles_tags']);
    expect(
      irrecoverableLosses(
        planChange(index, {
          type: 'deleteRelationship',
          relationshipId: 'articles_tags.articles_id',
          whole: false,
        }),
      ),
    ).toEqual([]);
    expect(
      irrecoverableLosses([{ kind: 'deleteField', before: aField({ type: 'alias', schema: null }) }]),
    ).toEqual([]);
  });
});
