import { describe, expect, it } from 'vitest';
import { aField, aSchema } from '../../testing/builders';
import { fieldTaken, nameProblem } from '../changes/naming';
import { buildModelIndex } from '../model-index';
import { isIntegerField, withArticle } from './schema-lookup';

describe('nameProblem', () => {
  it('accepts Directus-style names', () => {
    expect(nameProblem('authors_id')).toBeNull();
    expect(nameProblem('Author2')).toBeNull();
  });

  it.each(['', '  ', 'has space', 'dash-ed', 'é', '1st', 'x'.repeat(64)])('rejects %j', (name) => {
    expect(nameProblem(name)).toEqual(expect.any(String));
  });
});

describe('fieldTaken', () => {
  it('compares case-insensitively, as SQLite and MySQL do', () => {
    const index = buildModelIndex(aSchema({ fields: [aField({ collection: 'articles', field: 'author' })] }));
    expect(fieldTaken(index, 'articles', 'Author')).toBe(true);
    expect(fieldTaken(index, 'authors', 'author')).toBe(false);
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
