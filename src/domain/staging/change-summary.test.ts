import { describe, expect, it } from 'vitest';
import { aDemoSchema } from '../../testing/review-fixtures';
import { deleteRelationChange, demoSet, onDeleteChange } from '../../testing/staging-fixtures';
import { buildModelIndex } from '../model-index';
import { changeLine, changesMarkdown } from './change-summary';

describe('pending change summaries', () => {
  const server = aDemoSchema();
  const changes = demoSet(server);

  it('names the kind of relationship of each change, and what an edit changes', () => {
    const index = buildModelIndex(server);
    expect(changes.map((change) => changeLine(index, change))).toEqual([
      'M2M · New M2M: pages.tags → tags',
      'O2M · Edit relation comments.article (schema.on_delete: SET NULL → CASCADE)',
      'M2O · Delete relation articles.category',
    ]);
  });

  it('writes one numbered line per change, with the steps under it and data loss called out', () => {
    // Deleting articles.category again (with its field): no longer applies after the third.
    const again = { ...deleteRelationChange(server, 'articles', 'category'), deleteField: true };
    const withDrop = [...changes, again];
    const markdown = changesMarkdown(server, withDrop, {
      directusUrl: 'https://cms.example.com',
      at: new Date('2026-11-30T10:00:00Z'),
    });
    const heads = markdown.split('\n').filter((line) => /^\d+\. /.test(line));
    expect(heads).toEqual([
      '1. **M2M** New M2M: pages.tags → tags',
      '2. **O2M** Edit relation comments.article (schema.on_delete: SET NULL → CASCADE)',
      '3. **M2O** Delete relation articles.category',
      '4. Delete relation articles.category and its field',
    ]);
    expect(markdown).toContain('   - create: Create hidden junction collection pages_tags');
    expect(markdown).toContain('**does not apply:**');
    expect(markdown).toContain(
      '`https://cms.example.com` · 4 changes · planned on the model read at 2026-11-30T10:00:00.000Z',
    );
  });

  it('says when the same edit is planned twice on a relation that moved on', () => {
    const edit = onDeleteChange(server, 'comments', 'article', 'CASCADE');
    const markdown = changesMarkdown(server, [edit, edit], { directusUrl: 'x', at: new Date(0) });
    expect(markdown).toMatch(
      /2\. \*\*O2M\*\* Edit relation comments\.article[^\n]*\n {3}- \*\*does not apply:\*\*/,
    );
  });
});
