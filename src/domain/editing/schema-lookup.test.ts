import { describe, expect, it } from 'vitest';
import { aCollection, aField, aPrimaryKey, aSchema } from '../../testing/builders';
import {
  fieldNameProblem,
  fieldNameTaken,
  isIntegerField,
  primaryKeyField,
  withArticle,
} from './schema-lookup';

describe('primaryKeyField', () => {
  it('finds the field the schema marks as primary key', () => {
    const schema = aSchema({
      collections: [aCollection('languages')],
      fields: [aField({ collection: 'languages', field: 'id' }), aPrimaryKey('languages', 'code', 'string')],
    });
    expect(primaryKeyField(schema, 'languages')?.field).toBe('code');
  });

  it('falls back to a field named id', () => {
    const schema = aSchema({
      fields: [aField({ collection: 'directus_users', field: 'id', type: 'uuid', schema: null })],
    });
    expect(primaryKeyField(schema, 'directus_users')?.type).toBe('uuid');
  });

  it('is null when nothing qualifies', () => {
    expect(
      primaryKeyField(aSchema({ fields: [aField({ collection: 'x', field: 'title' })] }), 'x'),
    ).toBeNull();
  });
});

describe('fieldNameProblem', () => {
  it('accepts Directus-style names', () => {
    expect(fieldNameProblem('authors_id')).toBeNull();
    expect(fieldNameProblem('Author2')).toBeNull();
  });

  it.each(['', '  ', 'has space', 'dash-ed', 'é', '1st', 'x'.repeat(64)])('rejects %j', (name) => {
    expect(fieldNameProblem(name)).toEqual(expect.any(String));
  });
});

describe('fieldNameTaken', () => {
  it('compares case-insensitively, as SQLite and MySQL do', () => {
    const schema = aSchema({ fields: [aField({ collection: 'articles', field: 'author' })] });
    expect(fieldNameTaken(schema, 'articles', 'Author')).toBe(true);
    expect(fieldNameTaken(schema, 'authors', 'author')).toBe(false);
  });
});

describe('small helpers', () => {
  it('knows the integer types', () => {
    expect(isIntegerField({ type: 'integer' })).toBe(true);
    expect(isIntegerField({ type: 'bigInteger' })).toBe(true);
    expect(isIntegerField({ type: 'float' })).toBe(false);
  });

  it('puts the right article before a type', () => {
    expect(withArticle('integer')).toBe('an integer');
    expect(withArticle('string')).toBe('a string');
    expect(withArticle('uuid')).toBe('a uuid');
  });
});
