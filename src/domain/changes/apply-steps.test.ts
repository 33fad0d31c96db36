import { describe, expect, it } from 'vitest';
import { aField, anAlias, aRelation, aSchema } from '../../testing/builders';
import { asBody } from '../../testing/plans';
import { aManyToAny, aManyToMany, aManyToOne } from '../../testing/scenarios';
import type { DirectusSchema } from '../directus-types';
import { relationKey } from '../model';
import { applySteps, touchedRelationKeys } from './apply-steps';
import { junctionCollection } from './bodies';
import type { Step } from './steps';

const keys = (schema: DirectusSchema) => schema.relations.map(relationKey);
const fieldNames = (schema: DirectusSchema) => schema.fields.map((f) => `${f.collection}.${f.field}`);

describe('applySteps', () => {
  it('returns the model unchanged for no steps, and never mutates its input', () => {
    const schema = aSchema(aManyToOne({ alias: 'articles' }));
    const copy = structuredClone(schema);
    expect(applySteps(schema, [])).toBe(schema);
    applySteps(schema, [
      { kind: 'deleteField', before: schema.fields.find((f) => f.field === 'author')! },
      { kind: 'createField', field: asBody(aField({ collection: 'articles', field: 'x' })) },
    ]);
    expect(schema).toEqual(copy);
  });

  it('createCollection adds the collection and its fields, each with the collection name', () => {
    const after = applySteps({ collections: [], fields: [], relations: [] }, [
      { kind: 'createCollection', collection: junctionCollection('articles_tags') },
    ]);
    expect(after.collections).toEqual([
      {
        collection: 'articles_tags',
        meta: { hidden: true, icon: 'import_export' },
        schema: { name: 'articles_tags' },
      },
    ]);
    expect(after.fields).toEqual([
      {
        collection: 'articles_tags',
        field: 'id',
        type: 'integer',
        meta: { hidden: true },
        schema: { is_primary_key: true, has_auto_increment: true },
      },
    ]);
  });

  it('updateRelation replaces the relation in place', () => {
    const schema = aSchema(aManyToMany());
    const before = schema.relations[0]!;
    const relation = { ...before, meta: { ...before.meta, one_field: 'articles' } };
    const after = applySteps(schema, [{ kind: 'updateRelation', relation, before }]);
    expect(after.relations).toEqual([relation, schema.relations[1]]);
  });

  it('createRelation replaces a relation without meta for the same field (the SQLite leftover)', () => {
    const leftover = aRelation({ meta: null });
    const other = aRelation({ field: 'editor' });
    const schema = aSchema({ relations: [leftover, other] });
    const relation = aRelation({ meta: { one_field: 'articles' } });
    const after = applySteps(schema, [{ kind: 'createRelation', relation }]);
    expect(after.relations).toEqual([relation, other]);
  });

  it('createRelation appends a new relation', () => {
    const schema = aSchema(aManyToOne());
    const relation = aRelation({ field: 'editor' });
    expect(keys(applySteps(schema, [{ kind: 'createRelation', relation }]))).toEqual([
      'articles.author',
      'articles.editor',
    ]);
  });

  it('deleteRelation removes only that relation', () => {
    const schema = aSchema(aManyToMany());
    const after = applySteps(schema, [{ kind: 'deleteRelation', before: schema.relations[0]! }]);
    expect(keys(after)).toEqual(['articles_tags.articles_id']);
    expect(after.fields).toEqual(schema.fields);
  });

  describe('deleteField', () => {
    it("drops the field's own relation", () => {
      const schema = aSchema(aManyToOne());
      const field = schema.fields.find((f) => f.collection === 'articles' && f.field === 'author')!;
      const after = applySteps(schema, [{ kind: 'deleteField', before: field }]);
      expect(after.relations).toEqual([]);
      expect(fieldNames(after)).not.toContain('articles.author');
    });

    it('clears a one_field that names it, keeping the relation', () => {
      const schema = aSchema(aManyToOne({ alias: 'articles' }));
      const alias = schema.fields.find((f) => f.collection === 'authors' && f.field === 'articles')!;
      const after = applySteps(schema, [{ kind: 'deleteField', before: alias }]);
      expect(after.relations).toHaveLength(1);
      expect(after.relations[0]?.meta).toMatchObject({ one_field: null, many_field: 'author' });
    });

    it('leaves a one_field naming a field of the same name on another collection', () => {
      const schema = aSchema(aManyToOne({ alias: 'articles' }), { fields: [anAlias('tags', 'articles')] });
      const after = applySteps(schema, [{ kind: 'deleteField', before: anAlias('tags', 'articles') }]);
      expect(after.relations[0]?.meta?.one_field).toBe('articles');
    });
  });

  describe('deleteCollection', () => {
    it('drops its fields, the relations on it and the relations into it', () => {
      const schema = aSchema(aManyToOne({ alias: 'articles' }), aManyToMany());
      const collection = schema.collections.find((c) => c.collection === 'articles')!;
      const after = applySteps(schema, [
        {
          kind: 'deleteCollection',
          before: { collection, fields: schema.fields.filter((f) => f.collection === 'articles') },
        },
      ]);
      expect(after.collections.map((c) => c.collection)).not.toContain('articles');
      expect(fieldNames(after).filter((f) => f.startsWith('articles.'))).toEqual([]);
      // articles.author (on it) and articles_tags.articles_id (into it) are gone.
      expect(keys(after)).toEqual(['articles_tags.tags_id']);
    });

    it('removes it from the allowed collections of a many-to-any, keeping the others', () => {
      const schema = aSchema(aManyToAny({ allowed: ['block_hero', 'block_text'] }));
      const collection = schema.collections.find((c) => c.collection === 'block_hero')!;
      const after = applySteps(schema, [{ kind: 'deleteCollection', before: { collection, fields: [] } }]);
      const item = after.relations.find((r) => r.field === 'item');
      expect(item?.meta?.one_allowed_collections).toEqual(['block_text']);
      expect(after.relations).toHaveLength(2);
    });
  });
});

describe('touchedRelationKeys', () => {
  it('lists the relations a plan creates, updates or deletes, in order', () => {
    const relation = aRelation();
    const steps: Step[] = [
      { kind: 'createField', field: asBody(aField()) },
      { kind: 'createRelation', relation },
      {
        kind: 'updateRelation',
        relation: aRelation({ field: 'editor' }),
        before: aRelation({ field: 'editor' }),
      },
      { kind: 'deleteRelation', before: aRelation({ collection: 'x', field: 'y' }) },
      { kind: 'deleteField', before: aField() },
    ];
    expect(touchedRelationKeys(steps)).toEqual(['articles.author', 'articles.editor', 'x.y']);
  });
});
