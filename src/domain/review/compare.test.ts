import { describe, expect, it } from 'vitest';
import { aCollection, aField, anAlias, aRelation } from '../../testing/builders';
import { aDemoSchema, cloneSchema } from '../../testing/review-fixtures';
import type { DirectusSchema } from '../directus-types';
import { buildModelIndex } from '../model-index';
import { changedNeighbourhood, compareModels, isUnchanged } from './compare';

const base = aDemoSchema();

function edit(change: (schema: DirectusSchema) => void): DirectusSchema {
  const head = cloneSchema(base);
  change(head);
  return head;
}

const relation = (schema: DirectusSchema, key: string) =>
  schema.relations.find((r) => `${r.collection}.${r.field}` === key)!;

describe('compareModels', () => {
  it('finds nothing between a model and itself', () => {
    const comparison = compareModels(base, cloneSchema(base));
    expect(isUnchanged(comparison)).toBe(true);
    expect(comparison.counts.fields).toEqual({ added: 0, removed: 0, changed: 0 });
  });

  it('ignores what Directus changes by itself: ids, sort order, system items', () => {
    const head = edit((schema) => {
      schema.fields.forEach((f, i) => {
        f.meta = { ...f.meta, id: 100 + i, sort: 50 - i };
      });
      schema.relations.forEach((r, i) => {
        if (r.meta) r.meta = { ...r.meta, id: i + 1 };
        if (r.schema) r.schema = { ...r.schema, constraint_name: `${r.collection}_${r.field}_foreign` };
      });
      schema.collections.push({
        collection: 'directus_users',
        meta: { system: true },
        schema: { name: 'directus_users' },
      });
      schema.fields.push({
        collection: 'directus_users',
        field: 'email',
        type: 'string',
        meta: { system: true },
        schema: {},
      });
    });
    expect(isUnchanged(compareModels(base, head))).toBe(true);
  });

  it('ignores a property only one side has: a Directus upgrade adds meta columns to every item', () => {
    const head = edit((schema) => {
      for (const f of schema.fields) f.meta = { ...f.meta, searchable: true };
      for (const c of schema.collections) c.meta = { ...c.meta, status: 'active' };
    });
    expect(isUnchanged(compareModels(base, head))).toBe(true);
  });

  it('lists an added, a removed and a changed collection', () => {
    const head = edit((schema) => {
      schema.collections = schema.collections.filter((c) => c.collection !== 'block_text');
      schema.collections.push(aCollection('events'));
      const tags = schema.collections.find((c) => c.collection === 'tags')!;
      tags.meta = { ...tags.meta, hidden: true };
    });
    const { collections, counts } = compareModels(base, head);
    expect(counts.collections).toEqual({ added: 1, removed: 1, changed: 1 });
    const changes = collections.flatMap((g) => (g.change ? [[g.change.kind, g.collection]] : []));
    expect(changes).toEqual([
      ['removed', 'block_text'],
      ['added', 'events'],
      ['changed', 'tags'],
    ]);
    expect(collections.find((g) => g.collection === 'tags')?.change?.differences).toEqual([
      { path: 'meta.hidden', before: false, after: true },
    ]);
  });

  it('tells a folder that became a table', () => {
    const head = edit((schema) => {
      schema.collections.find((c) => c.collection === 'website')!.schema = { name: 'website' };
    });
    const [group] = compareModels(base, head).collections;
    expect(group?.change?.differences).toEqual([{ path: 'schema', before: 'folder', after: 'table' }]);
  });

  it('lists an added, a removed and a changed field with before and after', () => {
    const head = edit((schema) => {
      schema.fields = schema.fields.filter((f) => !(f.collection === 'tags' && f.field === 'name'));
      schema.fields.push(aField({ collection: 'tags', field: 'label' }));
      const body = schema.fields.find((f) => f.collection === 'comments' && f.field === 'body')!;
      body.type = 'string';
      body.schema = { ...body.schema, data_type: 'varchar', max_length: 255 };
    });
    const { collections, counts } = compareModels(base, head);
    expect(counts.fields).toEqual({ added: 1, removed: 1, changed: 1 });
    const comments = collections.find((g) => g.collection === 'comments')!;
    expect(comments.fields).toEqual([
      {
        kind: 'changed',
        collection: 'comments',
        field: 'body',
        before: expect.objectContaining({ type: 'text' }),
        after: expect.objectContaining({ type: 'string' }),
        differences: [
          { path: 'type', before: 'text', after: 'string' },
          { path: 'schema.data_type', before: 'text', after: 'varchar' },
        ],
      },
    ]);
    const tags = collections.find((g) => g.collection === 'tags')!;
    expect(
      tags.fields.map((f) => [f.kind, f.field, f.before?.field ?? null, f.after?.field ?? null]),
    ).toEqual([
      ['removed', 'name', 'name', null],
      ['added', 'label', null, 'label'],
    ]);
  });

  it('lists an added M2M under its parent, and a removed M2O under its foreign-key side', () => {
    const head = edit((schema) => {
      schema.relations = schema.relations.filter(
        (r) => !(r.collection === 'articles' && r.field === 'category'),
      );
      schema.fields.push(anAlias('authors', 'favourite_tags', 'm2m'));
      schema.collections.push(aCollection('authors_tags'));
      schema.relations.push(
        aRelation({
          collection: 'authors_tags',
          field: 'authors_id',
          related_collection: 'authors',
          meta: { one_field: 'favourite_tags', junction_field: 'tags_id' },
        }),
        aRelation({
          collection: 'authors_tags',
          field: 'tags_id',
          related_collection: 'tags',
          meta: { junction_field: 'authors_id' },
        }),
      );
    });
    const { collections, counts } = compareModels(base, head);
    expect(counts.relationships).toEqual({ added: 1, removed: 1, changed: 0 });
    const articles = collections.find((g) => g.collection === 'articles')!;
    expect(articles.relationships.map((r) => [r.kind, r.id, r.before?.kind, r.after])).toEqual([
      ['removed', 'articles.category', 'm2o', null],
    ]);
    const authors = collections.find((g) => g.collection === 'authors')!;
    expect(
      authors.relationships.map((r) => [r.kind, r.id, r.after?.kind, r.after?.junction?.collection]),
    ).toEqual([['added', 'authors_tags.authors_id', 'm2m', 'authors_tags']]);
  });

  it('reports an on_delete change with before and after, for the relation it is on', () => {
    const head = edit((schema) => {
      relation(schema, 'comments.article').schema!.on_delete = 'CASCADE';
    });
    const [group] = compareModels(base, head).collections;
    expect(group?.collection).toBe('comments');
    expect(group?.relationships).toEqual([
      expect.objectContaining({
        kind: 'changed',
        id: 'comments.article',
        differences: [
          { path: 'schema.on_delete', before: 'SET NULL', after: 'CASCADE', relation: 'comments.article' },
        ],
      }),
    ]);
  });

  it('tells a change in the second relation of a junction', () => {
    const head = edit((schema) => {
      relation(schema, 'articles_tags.tags_id').schema!.on_delete = 'SET NULL';
    });
    const [group] = compareModels(base, head).collections;
    expect(group?.collection).toBe('articles');
    expect(group?.relationships[0]?.differences).toEqual([
      { path: 'schema.on_delete', before: 'CASCADE', after: 'SET NULL', relation: 'articles_tags.tags_id' },
    ]);
  });

  it('sees an M2O that gained its O2M alias as one relationship that changed kind', () => {
    const head = edit((schema) => {
      relation(schema, 'articles.category').meta!.one_field = 'articles';
      schema.fields.push(anAlias('categories', 'articles', 'o2m'));
    });
    const { collections, counts } = compareModels(base, head);
    expect(counts.relationships).toEqual({ added: 0, removed: 0, changed: 1 });
    expect(collections.find((g) => g.collection === 'articles')?.relationships[0]?.differences).toEqual([
      { path: 'kind', before: 'm2o', after: 'o2m', relation: null },
      { path: 'meta.one_field', before: null, after: 'articles', relation: 'articles.category' },
    ]);
    expect(collections.find((g) => g.collection === 'categories')?.fields.map((f) => f.kind)).toEqual([
      'added',
    ]);
  });

  it('tells a relation that Directus stopped tracking', () => {
    const head = edit((schema) => {
      relation(schema, 'authors.user').meta = null;
    });
    const [difference] = compareModels(base, head).collections[0]?.relationships[0]?.differences ?? [];
    expect(difference).toMatchObject({ path: 'meta', after: null, relation: 'authors.user' });
  });
});

describe('changedNeighbourhood', () => {
  it('is the changed collections and those one relationship away', () => {
    const head = edit((schema) => {
      schema.fields.find((f) => f.collection === 'tags' && f.field === 'name')!.meta!.hidden = true;
    });
    const around = changedNeighbourhood(compareModels(base, head), buildModelIndex(head));
    expect([...around].sort()).toEqual(['articles', 'articles_tags', 'tags']);
  });

  it('takes both ends of a changed relationship, and the neighbours of the side that owns it', () => {
    const head = edit((schema) => {
      relation(schema, 'comments.article').schema!.on_delete = 'CASCADE';
    });
    const around = changedNeighbourhood(compareModels(base, head), buildModelIndex(head));
    expect([...around].sort()).toEqual(['articles', 'comments']);
  });

  it("does not spread through Directus's own collections, which everything points at", () => {
    const head = edit((schema) => {
      schema.fields.push(aField({ collection: 'tags', field: 'owner', type: 'uuid' }));
      schema.relations.push(
        aRelation({ collection: 'tags', field: 'owner', related_collection: 'directus_users' }),
      );
    });
    const around = changedNeighbourhood(compareModels(base, head), buildModelIndex(head));
    expect([...around].sort()).toEqual(['articles', 'articles_tags', 'directus_users', 'tags']);
  });

  it('is empty when nothing changed', () => {
    expect(changedNeighbourhood(compareModels(base, base), buildModelIndex(base)).size).toBe(0);
  });
});
