import { describe, expect, it } from 'vitest';
import { aField } from '../../testing/builders';
import { aDemoSchema } from '../../testing/review-fixtures';
import type { DirectusSchema } from '../directus-types';
import { driftBetween, userPart } from './drift';

describe('driftBetween', () => {
  const start = aDemoSchema();

  it('says nothing when the model is the same, even with new ids and sort orders', () => {
    const now: DirectusSchema = {
      ...start,
      fields: start.fields.map((f, i) => ({ ...f, meta: f.meta && { ...f.meta, id: 1000 + i, sort: i } })),
    };
    expect(driftBetween(start, now)).toEqual([]);
  });

  it('lists what was added and what changed', () => {
    const now: DirectusSchema = {
      ...start,
      fields: [...start.fields, aField({ collection: 'articles', field: 'subtitle' })],
      relations: start.relations.map((r) =>
        r.collection === 'comments' && r.field === 'article' && r.schema
          ? { ...r, schema: { ...r.schema, on_delete: 'CASCADE' as const } }
          : r,
      ),
    };
    expect(driftBetween(start, now)).toEqual([
      'field articles.subtitle added',
      'relationship comments.article changed: schema.on_delete SET NULL → CASCADE',
    ]);
  });

  it("leaves out Directus's own collections and fields", () => {
    const system = aField({ collection: 'directus_users', field: 'email', meta: { system: true } });
    const withSystem = { ...start, fields: [...start.fields, system] };
    expect(userPart(withSystem).fields).toEqual(start.fields);
    expect(driftBetween(start, withSystem)).toEqual([]);
  });
});
