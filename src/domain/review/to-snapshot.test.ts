import { describe, expect, it } from 'vitest';
import { aCollection, aField, aFolder, aPrimaryKey, aRelation, aSchema } from '../../testing/builders';
import { toSnapshot } from './to-snapshot';

describe('toSnapshot', () => {
  const schema = aSchema({
    collections: [
      aCollection('tags'),
      aFolder('content'),
      aCollection('articles'),
      { collection: 'directus_users', meta: { system: true }, schema: { name: 'directus_users' } },
    ],
    fields: [
      { ...aPrimaryKey('tags'), meta: { id: 9, sort: 1 } },
      { ...aField({ collection: 'articles', field: 'title' }), meta: { id: 4, sort: 2 } },
      { ...aPrimaryKey('articles'), meta: { id: 3, sort: 1 } },
      {
        collection: 'directus_users',
        field: 'email',
        type: 'string',
        meta: { id: 1, system: true },
        schema: {},
      },
      { collection: 'articles', field: 'legacy', type: 'string', meta: null, schema: { name: 'legacy' } },
    ],
    relations: [
      { ...aRelation(), meta: { ...aRelation().meta, id: 7 } },
      aRelation({ collection: 'articles', field: 'untracked', meta: null }),
      aRelation({
        collection: 'directus_users',
        field: 'role',
        related_collection: 'directus_roles',
        meta: { system: true },
      }),
    ],
  });

  it('writes a version 1 snapshot of what Directus tracks, as getSnapshot does', () => {
    const snapshot = toSnapshot(schema, { directus: '11.16.1', vendor: 'sqlite' });
    expect(snapshot).toMatchObject({ version: 1, directus: '11.16.1', vendor: 'sqlite' });
    expect(snapshot.collections.map((c) => c.collection)).toEqual(['articles', 'content', 'tags']);
    expect(snapshot.fields.map((f) => `${f.collection as string}.${f.field as string}`)).toEqual([
      'articles.id',
      'articles.title',
      'tags.id',
    ]);
    expect(snapshot.relations.map((r) => `${r.collection as string}.${r.field as string}`)).toEqual([
      'articles.author',
    ]);
    expect('systemFields' in snapshot).toBe(false);
  });

  it('drops meta.id, sorts keys, and leaves a folder without schema', () => {
    const snapshot = toSnapshot(schema, { directus: '11.16.1' });
    expect('vendor' in snapshot).toBe(false);
    const [, folder] = snapshot.collections;
    expect(folder).toEqual({ collection: 'content', meta: { hidden: false } });
    const [relation] = snapshot.relations;
    expect(relation?.meta).not.toHaveProperty('id');
    expect(Object.keys(relation?.meta as object)).toEqual([...Object.keys(relation?.meta as object)].sort());
    expect(Object.keys(relation ?? {})).toEqual([
      'collection',
      'field',
      'related_collection',
      'meta',
      'schema',
    ]);
  });

  it('keeps only the schema properties Directus compares', () => {
    const withExtras = aSchema({
      collections: [{ collection: 'a', meta: {}, schema: { name: 'a', comment: 'x', sql: 'CREATE…' } }],
      fields: [
        {
          collection: 'a',
          field: 'id',
          type: 'integer',
          meta: {},
          schema: { name: 'id', comment: 'x', is_primary_key: true },
        },
      ],
      relations: [
        {
          ...aRelation({ collection: 'a', field: 'b' }),
          schema: { table: 'a', foreign_key_schema: 'public', on_delete: 'CASCADE' },
        },
      ],
    });
    const snapshot = toSnapshot(withExtras, { directus: '12.4.0' });
    expect(snapshot.collections[0]).toEqual({ collection: 'a', meta: {}, schema: { name: 'a' } });
    expect(snapshot.fields[0]?.schema).toEqual({ name: 'id', is_primary_key: true });
    expect(snapshot.relations[0]?.schema).toEqual({ table: 'a', on_delete: 'CASCADE' });
  });

  it("carries the system fields' index flags when given", () => {
    const systemFields = [
      { collection: 'directus_activity', field: 'timestamp', schema: { is_indexed: true } },
    ];
    expect(toSnapshot(schema, { directus: '11.16.1', systemFields }).systemFields).toEqual(systemFields);
  });
});
