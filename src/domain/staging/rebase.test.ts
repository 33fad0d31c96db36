import { describe, expect, it } from 'vitest';
import { aDemoSchema } from '../../testing/review-fixtures';
import {
  deleteRelationChange,
  demoSet,
  newManyToMany,
  onDeleteChange,
  relationIn,
} from '../../testing/staging-fixtures';
import type { DirectusRelation, DirectusSchema } from '../directus-types';
import { planPending } from './pending-plan';
import { rebasePending } from './rebase';

/** The server after someone else edited one relation. */
function editedOnServer(
  server: DirectusSchema,
  collection: string,
  field: string,
  edit: (r: DirectusRelation) => DirectusRelation,
): DirectusSchema {
  return {
    ...server,
    relations: server.relations.map((r) => (r.collection === collection && r.field === field ? edit(r) : r)),
  };
}

describe('rebasePending', () => {
  it('is a no-op on the model the set was started on', () => {
    const server = aDemoSchema();
    const changes = demoSet(server);
    const rebased = rebasePending(server, changes);
    expect(rebased.failed).toEqual([]);
    expect(rebased.changes).toEqual(changes);
  });

  it('keeps both edits when the server changed another property of the same relation', () => {
    const start = aDemoSchema();
    const mine = onDeleteChange(start, 'comments', 'article', 'CASCADE');
    const now = editedOnServer(start, 'comments', 'article', (r) => ({
      ...r,
      meta: r.meta && { ...r.meta, sort_field: 'body' },
    }));
    expect(planPending(now, [mine]).applies).toBe(false);
    const rebased = rebasePending(now, [mine]);
    expect(rebased.failed).toEqual([]);
    const staged = planPending(now, rebased.changes).staged;
    const relation = relationIn(staged, 'comments', 'article');
    expect(relation.schema?.on_delete).toBe('CASCADE');
    expect(relation.meta?.sort_field).toBe('body');
  });

  it('reports, and does not force, an edit of a property the server set differently', () => {
    const start = aDemoSchema();
    const mine = onDeleteChange(start, 'comments', 'article', 'CASCADE');
    const now = editedOnServer(start, 'comments', 'article', (r) => ({
      ...r,
      schema: r.schema && { ...r.schema, on_delete: 'RESTRICT' },
    }));
    const rebased = rebasePending(now, [mine]);
    expect(rebased.failed).toHaveLength(1);
    expect(rebased.failed[0]?.problem).toMatch(/Someone changed comments\.article/);
    expect(rebased.changes).toEqual([mine]);
  });

  it('accepts the same edit made on both sides', () => {
    const start = aDemoSchema();
    const mine = onDeleteChange(start, 'comments', 'article', 'CASCADE');
    const now = editedOnServer(start, 'comments', 'article', (r) => ({
      ...r,
      schema: r.schema && { ...r.schema, on_delete: 'CASCADE' },
    }));
    expect(rebasePending(now, [mine]).failed).toEqual([]);
  });

  it('reports each change that no longer applies and re-plans the others', () => {
    const start = aDemoSchema();
    const changes = [
      newManyToMany(start),
      deleteRelationChange(start, 'articles', 'category'),
      onDeleteChange(start, 'comments', 'article', 'CASCADE'),
    ];
    // Meanwhile someone made pages_tags and deleted articles.category.
    const now: DirectusSchema = {
      collections: [
        ...start.collections,
        { collection: 'pages_tags', meta: {}, schema: { name: 'pages_tags' } },
      ],
      fields: start.fields,
      relations: start.relations.filter((r) => !(r.collection === 'articles' && r.field === 'category')),
    };
    const rebased = rebasePending(now, changes);
    expect(rebased.failed.map((f) => f.change)).toEqual([changes[0], changes[1]]);
    expect(rebased.failed[0]?.problem).toMatch(/pages_tags/);
    expect(rebased.failed[1]?.problem).toMatch(/articles\.category was deleted/);
    const plan = planPending(now, rebased.changes);
    expect(plan.changes[2]?.problem).toBeNull();
  });
});
