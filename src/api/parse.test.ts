import { describe, expect, it } from 'vitest';
import { recorded } from '../testing/recorded';
import { RelataError } from './errors';
import { parseCollections, parseFields, parseRelation, parseRelations } from './parse';

const recordedData = (file: string) => recorded('directus-12.4.0-sqlite', file).response.data;

describe('parsing Directus responses', () => {
  it('accepts the relations a real server returned', () => {
    const relations = parseRelations(recordedData('06-list-relations.json'));
    expect(relations.length).toBeGreaterThan(0);
    expect(relations.every((relation) => 'meta' in relation && 'schema' in relation)).toBe(true);
  });

  it('accepts a single recorded relation', () => {
    expect(parseRelation(recordedData('08-get-relation-articles-author.json'))).toMatchObject({
      collection: 'articles',
      field: 'author',
    });
  });

  it('reports an HTML page instead of a list', () => {
    expect(() => parseRelations('<html>proxy error</html>')).toThrow(RelataError);
    expect(() => parseCollections(null)).toThrow(/expected a list, got null/);
  });

  it('names the malformed item', () => {
    expect(() => parseFields([{ collection: 'a', field: 'b', type: 'string' }, { collection: 'a' }])).toThrow(
      /item 2 has no field/,
    );
    expect(() => parseRelations([{ collection: 'a', field: 'b', meta: 'x' }])).toThrow(/malformed meta/);
  });

  it('fills in what old servers leave out', () => {
    expect(parseRelations([{ collection: 'a', field: 'b' }])[0]).toEqual({
      collection: 'a',
      field: 'b',
      related_collection: null,
      meta: null,
      schema: null,
    });
  });
});
