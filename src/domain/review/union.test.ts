import { describe, expect, it } from 'vitest';
import {
  aForeignKey,
  aJunctionCollection,
  anAlias,
  aPrimaryKey,
  aRelation,
  aField,
} from '../../testing/builders';
import { aDemoSchema, cloneSchema } from '../../testing/review-fixtures';
import { toDiagram } from '../diagram';
import type { DirectusSchema } from '../directus-types';
import { buildModelIndex } from '../model-index';
import { changeGroups } from './change-items';
import { changedNeighbourhood, compareModels } from './compare';
import { comparisonMarks, unionOfStates } from './union';

const base = aDemoSchema();

function edit(change: (schema: DirectusSchema) => void): DirectusSchema {
  const head = cloneSchema(base);
  change(head);
  return head;
}

/** An M2M added (with its junction), an M2O removed (its field kept), an on_delete changed. */
const threeChanges = edit((schema) => {
  schema.collections.push(aJunctionCollection('authors_tags'));
  schema.fields.push(
    anAlias('authors', 'favourite_tags', 'm2m'),
    aPrimaryKey('authors_tags'),
    aForeignKey('authors_tags', 'authors_id'),
    aForeignKey('authors_tags', 'tags_id'),
  );
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
  schema.relations = schema.relations.filter((r) => !(r.collection === 'articles' && r.field === 'category'));
  const comment = schema.relations.find((r) => r.collection === 'comments' && r.field === 'article')!;
  comment.schema = { ...comment.schema, on_delete: 'CASCADE' };
});

describe('unionOfStates', () => {
  it('is the head model with what only the base had put back', () => {
    const union = unionOfStates(base, threeChanges);
    const keys = union.relations.map((r) => `${r.collection}.${r.field}`);
    expect(keys).toContain('articles.category');
    expect(keys).toContain('authors_tags.authors_id');
    expect(new Set(keys).size).toBe(keys.length);
    // The head's version of what both have.
    expect(union.relations.find((r) => r.collection === 'comments')?.schema?.on_delete).toBe('CASCADE');
    expect(union.collections.map((c) => c.collection)).toContain('authors_tags');
  });

  it('keeps removed collections and their fields', () => {
    const head = edit((schema) => {
      schema.collections = schema.collections.filter((c) => c.collection !== 'comments');
      schema.fields = schema.fields.filter((f) => f.collection !== 'comments');
      schema.relations = schema.relations.filter((r) => r.collection !== 'comments');
    });
    const union = unionOfStates(base, head);
    expect(union.fields.filter((f) => f.collection === 'comments')).toHaveLength(3);
    const index = buildModelIndex(union);
    const diagram = toDiagram(index, {
      showJunctions: false,
      showSystem: false,
      marks: comparisonMarks(compareModels(base, head)),
    });
    expect(diagram.nodes.find((n) => n.id === 'comments')?.data.mark).toBe('removed');
    expect(diagram.edges.find((e) => e.data.relationshipId === 'comments.article')?.data.mark).toBe(
      'removed',
    );
  });
});

describe('comparisonMarks', () => {
  it('marks exactly the three relationships, and no collection drawn with junctions hidden', () => {
    const comparison = compareModels(base, threeChanges);
    const marks = comparisonMarks(comparison);
    expect(Object.fromEntries(marks.relationships)).toEqual({
      'authors_tags.authors_id': 'added',
      'articles.category': 'removed',
      'comments.article': 'changed',
    });
    // The junction came with the M2M; the alias row is marked on its own row only.
    expect(Object.fromEntries(marks.collections)).toEqual({ authors_tags: 'added' });
    expect(Object.fromEntries(marks.fields)).toEqual({ 'authors.favourite_tags': 'added' });

    const diagram = toDiagram(buildModelIndex(unionOfStates(base, threeChanges)), {
      showJunctions: false,
      showSystem: false,
      marks,
    });
    expect(diagram.nodes.filter((n) => n.data.mark).map((n) => n.id)).toEqual([]);
    expect(diagram.edges.filter((e) => e.data.mark).map((e) => [e.data.label, e.data.mark])).toEqual([
      ['comments.article → articles.comments (O2M)', 'changed'],
      ['authors.favourite_tags ⇄ tags (M2M via authors_tags)', 'added'],
      ['articles.category → categories (M2O)', 'removed'],
    ]);
    const authors = diagram.nodes.find((n) => n.id === 'authors');
    expect(authors?.data.fields.find((f) => f.field === 'favourite_tags')?.mark).toBe('added');
  });

  it('marks a collection changed when a field of its own changed, and unfolds it to show the field', () => {
    const head = edit((schema) => {
      for (let i = 0; i < 12; i++) schema.fields.push(aField({ collection: 'tags', field: `extra_${i}` }));
    });
    const changed = edit((schema) => {
      for (let i = 0; i < 12; i++) schema.fields.push(aField({ collection: 'tags', field: `extra_${i}` }));
      const last = schema.fields.find((f) => f.field === 'extra_11')!;
      last.meta = { ...last.meta, hidden: true };
    });
    const marks = comparisonMarks(compareModels(head, changed));
    expect(Object.fromEntries(marks.collections)).toEqual({ tags: 'changed' });
    const diagram = toDiagram(buildModelIndex(changed), { showJunctions: false, showSystem: false, marks });
    const tags = diagram.nodes.find((n) => n.id === 'tags');
    expect(tags?.data.mark).toBe('changed');
    expect(tags?.data.fields.find((f) => f.field === 'extra_11')?.mark).toBe('changed');
    expect(tags?.data.foldedCount).toBe(0);
  });
});

describe('changeGroups', () => {
  it('lists one item per change, with its before and after', () => {
    const groups = changeGroups(compareModels(base, threeChanges));
    const items = groups.flatMap((g) => g.items);
    expect(items.map((i) => [i.kind, i.title])).toEqual([
      ['removed', 'M2O articles.category → categories'],
      ['added', 'M2M authors.favourite_tags → tags (via authors_tags)'],
      ['changed', 'O2M comments.article → articles.comments'],
    ]);
    const [removed, added, changed] = items;
    expect([removed?.before, removed?.after]).toEqual(['M2O articles.category → categories', null]);
    expect([added?.before, added?.after]).toEqual([
      null,
      'M2M authors.favourite_tags → tags (via authors_tags)',
    ]);
    expect(changed?.differences).toEqual([{ property: 'on_delete', before: 'SET NULL', after: 'CASCADE' }]);
    expect(groups.map((g) => g.collection)).toEqual(['articles', 'authors', 'comments']);
  });

  it('lists a field change with each property, and an added collection with its fields', () => {
    const head = edit((schema) => {
      const title = schema.fields.find((f) => f.collection === 'articles' && f.field === 'title')!;
      title.meta = { ...title.meta, hidden: true };
      schema.collections.push({ collection: 'events', meta: {}, schema: { name: 'events' } });
      schema.fields.push(aPrimaryKey('events'), aField({ collection: 'events', field: 'starts' }));
    });
    const items = changeGroups(compareModels(base, head)).flatMap((g) => g.items);
    expect(items.map((i) => [i.kind, i.subject, i.title, i.before, i.after])).toEqual([
      ['changed', 'field', 'field articles.title', 'string', 'string'],
      ['added', 'collection', 'collection events', null, 'table with fields id, starts'],
    ]);
    expect(items[0]?.differences).toEqual([{ property: 'meta.hidden', before: 'false', after: 'true' }]);
  });
});

describe('changedNeighbourhood over the union', () => {
  it('is the changed collections and their neighbours, removed ones included', () => {
    const comparison = compareModels(base, threeChanges);
    const near = changedNeighbourhood(comparison, buildModelIndex(unionOfStates(base, threeChanges)));
    for (const name of ['articles', 'categories', 'comments', 'authors', 'tags', 'authors_tags'])
      expect(near).toContain(name);
    expect(near).not.toContain('pages');
  });
});
