import { describe, expect, it } from 'vitest';
import { isFolder } from '../domain/collections';
import type { DirectusField } from '../domain/directus-types';
import { fieldSpecials } from '../domain/fields';
import { inferRelationships } from '../domain/relationships';
import { mulberry32, syntheticModel } from './synthetic';

const API_TYPES = new Set([
  'integer',
  'string',
  'text',
  'boolean',
  'float',
  'dateTime',
  'date',
  'timestamp',
  'json',
  'uuid',
  'alias',
]);

describe('mulberry32', () => {
  it('gives the same numbers in [0, 1) for the same seed', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const numbers = Array.from({ length: 100 }, () => a());
    expect(numbers).toEqual(Array.from({ length: 100 }, () => b()));
    expect(numbers.every((n) => n >= 0 && n < 1)).toBe(true);
  });
});

describe('syntheticModel', () => {
  const schema = syntheticModel();
  const tables = schema.collections.filter((c) => !isFolder(c));
  const fieldsOf = (collection: string) => schema.fields.filter((f) => f.collection === collection);
  const byKey = new Map(schema.fields.map((f) => [`${f.collection}.${f.field}`, f]));
  const fieldAt = (collection: string, field: string): DirectusField | undefined =>
    byKey.get(`${collection}.${field}`);

  it('has exactly the asked-for collections (junctions included) and relation rows', () => {
    expect(tables).toHaveLength(500);
    expect(schema.relations).toHaveLength(1500);
    const small = syntheticModel({ collections: 12, relations: 30, seed: 3 });
    expect(small.collections.filter((c) => !isFolder(c))).toHaveLength(12);
    expect(small.relations).toHaveLength(30);
  });

  it('names collections and fields uniquely', () => {
    expect(new Set(schema.collections.map((c) => c.collection)).size).toBe(schema.collections.length);
    expect(byKey.size).toBe(schema.fields.length);
  });

  it('is the same for the same seed and differs for another', () => {
    expect(syntheticModel()).toEqual(schema);
    expect(syntheticModel({ seed: 2 })).not.toEqual(schema);
  });

  it('gives every table an auto-increment integer id and 8 to 20 ordinary fields', () => {
    for (const { collection } of tables) {
      const pk = fieldAt(collection, 'id');
      expect(pk?.type).toBe('integer');
      expect(pk?.schema).toMatchObject({ is_primary_key: true, has_auto_increment: true });
    }
    const plain = tables.filter((c) => !c.meta?.hidden);
    for (const { collection } of plain) {
      const ordinary = fieldsOf(collection).filter((f) => f.field !== 'id' && fieldSpecials(f).length === 0);
      expect(ordinary.length).toBeGreaterThanOrEqual(8);
      expect(ordinary.length).toBeLessThanOrEqual(20);
    }
  });

  it('uses only field types the Directus API creates, with keys typed like their target', () => {
    expect(schema.fields.filter((f) => !API_TYPES.has(f.type))).toEqual([]);
    for (const relation of schema.relations) {
      const field = fieldAt(relation.collection, relation.field);
      expect(field, `${relation.collection}.${relation.field}`).toBeDefined();
      if (relation.related_collection === null) continue;
      const system = relation.related_collection.startsWith('directus_');
      expect(field?.type).toBe(system ? 'uuid' : 'integer');
    }
  });

  it('names existing alias fields and mutual junction fields', () => {
    for (const relation of schema.relations) {
      const oneField = relation.meta?.one_field;
      if (oneField && relation.related_collection) {
        const alias = fieldAt(relation.related_collection, oneField);
        expect(alias?.type).toBe('alias');
        expect(fieldSpecials(alias).length).toBe(1);
      }
      const junctionField = relation.meta?.junction_field;
      if (junctionField) {
        const partner = schema.relations.find(
          (r) => r.collection === relation.collection && r.field === junctionField,
        );
        expect(partner?.meta?.junction_field).toBe(relation.field);
      }
    }
  });

  it('has hubs into directus_users and directus_files and every relationship kind', () => {
    const into = (collection: string) =>
      schema.relations.filter((r) => r.related_collection === collection).length;
    expect(into('directus_users')).toBeGreaterThan(200);
    expect(into('directus_files')).toBeGreaterThan(24);
    const kinds = new Set(inferRelationships(schema).relationships.map((r) => r.kind));
    expect([...kinds].sort()).toEqual(['file', 'files', 'm2a', 'm2m', 'm2o', 'o2m', 'translations']);
    expect(inferRelationships(schema).warnings).toEqual([]);
  });

  it('puts collections into folders and hides junctions', () => {
    const folders = schema.collections.filter(isFolder).map((c) => c.collection);
    expect(folders.length).toBeGreaterThan(0);
    expect(tables.filter((c) => c.meta?.group && folders.includes(c.meta.group)).length).toBeGreaterThan(250);
    const junctions = tables.filter((c) => c.meta?.hidden);
    expect(junctions.length).toBeGreaterThan(10);
    expect(junctions.every((c) => c.meta?.icon === 'import_export')).toBe(true);
  });
});
