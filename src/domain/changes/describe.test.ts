import { describe, expect, it } from 'vitest';
import { aField, anAlias, aRelation, aSchema } from '../../testing/builders';
import { recordedDemoModel } from '../../testing/fixtures/recorded-demo';
import { asBody } from '../../testing/plans';
import { aManyToAny, aManyToMany } from '../../testing/scenarios';
import { buildModelIndex } from '../model-index';
import { junctionCollection, languagesCollection } from './bodies';
import { describeChange, describeStep } from './describe';
import { defaultNewRelationship } from './new-relationship';
import { planChange } from './plan';

describe('describeStep', () => {
  it('describes each step of a new many-to-many, in order', () => {
    const schema = recordedDemoModel();
    const index = buildModelIndex(schema);
    const spec = { ...defaultNewRelationship(index, 'm2m', 'articles', ['tags']), sortField: 'sort' };
    const steps = planChange(index, { type: 'createRelationship', relationship: spec });
    expect(steps.map(describeStep)).toEqual([
      {
        action: 'create',
        text: 'Create hidden junction collection articles_tags (key id: integer)',
        destructive: false,
      },
      {
        action: 'create',
        text: 'Create field articles_tags.articles_id (integer, hidden)',
        destructive: false,
      },
      { action: 'create', text: 'Create field articles_tags.tags_id (integer, hidden)', destructive: false },
      { action: 'create', text: 'Create field articles_tags.sort (integer, hidden)', destructive: false },
      { action: 'create', text: 'Create field articles.tags (alias, m2m)', destructive: false },
      {
        action: 'create',
        text: 'Create relation articles_tags.articles_id → articles (alias articles.tags, junction field tags_id, sort sort, on delete SET NULL)',
        destructive: false,
      },
      {
        action: 'create',
        text: 'Create relation articles_tags.tags_id → tags (junction field articles_id, on delete SET NULL)',
        destructive: false,
      },
    ]);
  });

  it('names a plain collection, its string key, and a many-to-any target', () => {
    expect(
      describeStep({ kind: 'createCollection', collection: languagesCollection('languages') }).text,
    ).toBe('Create collection languages (key code: string)');
    expect(describeStep({ kind: 'createCollection', collection: junctionCollection('x') }).text).toBe(
      'Create hidden junction collection x (key id: integer)',
    );
    const item = aManyToAny().relations.find((r) => r.field === 'item')!;
    expect(describeStep({ kind: 'createRelation', relation: item }).text).toBe(
      'Create relation pages_blocks.item → any of block_hero, block_text (junction field pages_id)',
    );
    expect(describeStep({ kind: 'deleteRelation', before: item }).text).toBe(
      'Delete relation pages_blocks.item → any collection',
    );
  });

  it('marks dropping a column or a collection as destructive, not an alias or a relation', () => {
    const relation = aRelation();
    expect(describeStep({ kind: 'updateRelation', relation, before: relation })).toEqual({
      action: 'alter',
      text: 'Change relation articles.author',
      destructive: false,
    });
    expect(describeStep({ kind: 'deleteRelation', before: relation })).toEqual({
      action: 'drop',
      text: 'Delete relation articles.author → authors',
      destructive: false,
    });
    expect(describeStep({ kind: 'deleteField', before: anAlias('authors', 'articles') })).toEqual({
      action: 'drop',
      text: 'Delete alias field authors.articles',
      destructive: false,
    });
    expect(
      describeStep({ kind: 'deleteField', before: aField({ field: 'author', type: 'integer' }) }),
    ).toEqual({
      action: 'drop',
      text: 'Delete field articles.author and all its data',
      destructive: true,
    });
    const schema = aSchema(aManyToMany());
    const junction = schema.collections.find((c) => c.collection === 'articles_tags')!;
    expect(describeStep({ kind: 'deleteCollection', before: { collection: junction, fields: [] } })).toEqual({
      action: 'drop',
      text: 'Delete collection articles_tags and all its items',
      destructive: true,
    });
  });

  it('shows a field special only when it says more than the type', () => {
    expect(describeStep({ kind: 'createField', field: asBody(anAlias('pages', 'blocks', 'm2a')) }).text).toBe(
      'Create field pages.blocks (alias, m2a)',
    );
    expect(
      describeStep({
        kind: 'createField',
        field: { collection: 'a', field: 'b', type: 'uuid', meta: { special: ['uuid'] }, schema: {} },
      }).text,
    ).toBe('Create field a.b (uuid)');
  });
});

describe('describeChange', () => {
  const index = buildModelIndex(recordedDemoModel());

  it('says what each change is', () => {
    const relation = aRelation();
    expect(
      describeChange({
        type: 'createRelationship',
        relationship: defaultNewRelationship(index, 'm2a', 'pages', ['block_hero', 'block_text']),
      }),
    ).toBe('New M2A: pages.items → block_hero, block_text');
    expect(
      describeChange({ type: 'updateRelation', before: relation, after: relation, createFields: [] }),
    ).toBe('Edit relation articles.author');
    expect(describeChange({ type: 'deleteRelation', relation, deleteField: true })).toBe(
      'Delete relation articles.author and its field',
    );
    expect(
      describeChange({ type: 'deleteRelationship', relationshipId: 'articles.author', whole: true }),
    ).toBe('Delete relationship articles.author with its fields and junction');
    expect(
      describeChange({
        type: 'batch',
        changes: [
          { type: 'deleteRelation', relation, deleteField: false },
          { type: 'deleteRelationship', relationshipId: 'x.y', whole: false },
        ],
      }),
    ).toBe('Delete relation articles.author; Delete relationship x.y');
  });
});
