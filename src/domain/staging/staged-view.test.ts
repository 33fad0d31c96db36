import { describe, expect, it } from 'vitest';
import { aDemoSchema } from '../../testing/review-fixtures';
import { demoSet } from '../../testing/staging-fixtures';
import { toDiagram } from '../diagram';
import { buildModelIndex } from '../model-index';
import { planPending } from './pending-plan';
import { stagedMarks, withRemoved } from './staged-view';

describe('the staged view', () => {
  const server = aDemoSchema();
  const staged = planPending(server, demoSet(server)).staged;

  it('draws what the set removes: the staged model with the removed relation put back', () => {
    const shown = withRemoved(staged, server);
    expect(shown.relations.filter((r) => r.collection === 'articles' && r.field === 'category')).toHaveLength(
      1,
    );
    expect(shown.collections.map((c) => c.collection)).toContain('pages_tags');
    expect(
      shown.relations.find((r) => r.collection === 'comments' && r.field === 'article')?.schema?.on_delete,
    ).toBe('CASCADE');
  });

  it('marks the new relationship and junction added, the edited one changed, the deleted one removed', () => {
    const marks = stagedMarks(server, staged);
    expect(Object.fromEntries(marks.relationships)).toEqual({
      'pages_tags.pages_id': 'added',
      'comments.article': 'changed',
      'articles.category': 'removed',
    });
    expect(marks.collections.get('pages_tags')).toBe('added');
    // pages and tags get their alias fields; comments only a changed foreign key (its edge says so).
    expect(marks.collections.get('pages')).toBe('changed');
    expect(marks.collections.has('comments')).toBe(false);
  });

  it('puts the marks on the diagram edges, the removed edge included', () => {
    const diagram = toDiagram(buildModelIndex(withRemoved(staged, server)), {
      showJunctions: false,
      showSystem: false,
      marks: stagedMarks(server, staged),
    });
    const mark = (id: string) => diagram.edges.find((e) => e.data.relationshipId === id)?.data.mark;
    expect(mark('pages_tags.pages_id')).toBe('added');
    expect(mark('comments.article')).toBe('changed');
    expect(mark('articles.category')).toBe('removed');
    expect(mark('articles.author')).toBeNull();
  });

  it('marks nothing when nothing is pending', () => {
    const marks = stagedMarks(server, server);
    expect(marks.collections.size + marks.relationships.size).toBe(0);
    expect(withRemoved(server, server)).toEqual(server);
  });
});
