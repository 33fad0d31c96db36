import { describe, expect, it } from 'vitest';
import { aCollection, aField, aPrimaryKey } from '../../testing/builders';
import { aDemoSchema, cloneSchema } from '../../testing/review-fixtures';
import type { DirectusSchema } from '../directus-types';
import { buildModelIndex } from '../model-index';
import { changesDrawing } from './changes-drawing';
import { compareModels } from './compare';

const base = aDemoSchema();

function drawingOf(change: (schema: DirectusSchema) => void) {
  const head = cloneSchema(base);
  change(head);
  return changesDrawing(compareModels(base, head), buildModelIndex(base), buildModelIndex(head), 'title');
}

const marks = (drawing: ReturnType<typeof drawingOf>) =>
  Object.fromEntries(drawing.boxes.map((b) => [b.id, b.mark]));

describe('changesDrawing', () => {
  it('draws the changed collections marked, their neighbours unmarked, and what changed in each', () => {
    const drawing = drawingOf((head) => {
      head.relations.find((r) => r.collection === 'comments' && r.field === 'article')!.schema!.on_delete =
        'CASCADE';
      head.collections.push(aCollection('events'));
      head.fields.push(aPrimaryKey('events'), aField({ collection: 'events', field: 'title' }));
      head.collections = head.collections.filter((c) => c.collection !== 'block_text');
      head.fields = head.fields.filter((f) => f.collection !== 'block_text');
    });
    expect(marks(drawing)).toEqual({
      articles: 'context',
      block_hero: 'context',
      block_text: 'removed',
      comments: 'changed',
      events: 'added',
      pages: 'context',
      pages_blocks: 'context',
    });
    const byId = new Map(drawing.boxes.map((b) => [b.id, b]));
    expect(byId.get('comments')?.lines).toEqual(['~ article: on_delete']);
    expect(byId.get('events')?.lines).toEqual(['+ id', '+ title']);
    expect(drawing.edges.filter((e) => e.mark !== 'context')).toEqual([
      { from: 'comments', to: 'articles', label: 'article', mark: 'changed' },
    ]);
  });

  it("leaves Directus's own collections out unless they changed", () => {
    const drawing = drawingOf((head) => {
      head.fields.find((f) => f.collection === 'authors' && f.field === 'name')!.meta!.hidden = true;
    });
    expect(drawing.boxes.map((b) => b.id)).toEqual(['articles', 'authors']);
    const added = drawingOf((head) => {
      head.fields.push(aField({ collection: 'tags', field: 'owner', type: 'uuid' }));
      head.relations.push({ ...structuredClone(head.relations[1]!), collection: 'tags', field: 'owner' });
    });
    expect(marks(added)).toMatchObject({ tags: 'changed', directus_users: 'context' });
    expect(added.edges).toContainEqual({ from: 'tags', to: 'directus_users', label: 'owner', mark: 'added' });
  });

  it('says so when nothing changed', () => {
    expect(drawingOf(() => {})).toEqual({
      title: 'title',
      note: 'No changes to collections, fields or relationships.',
      boxes: [],
      edges: [],
    });
  });
});
