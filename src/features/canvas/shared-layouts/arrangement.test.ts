import { describe, expect, it } from 'vitest';
import { emptyLayoutDocument } from '../layout/layout-file';
import { fromSharedContent, toSharedContent } from './arrangement';

describe('shared layout content', () => {
  const doc = {
    ...emptyLayoutDocument('2026-11-29T10:00:00.000Z'),
    positions: { articles: { x: 10, y: 20 } },
    viewport: { x: 1, y: 2, zoom: 0.5 },
    collapsedGroups: ['website'],
  };
  const params: Record<string, string> = { junctions: '1', focus: 'articles', hops: '2', collection: 'tags' };

  it('round-trips the arrangement and the view it was made in, and nothing else', () => {
    const content = toSharedContent(doc, (name) => params[name] ?? null);
    expect(content.view).toEqual({
      junctions: '1',
      system: null,
      folders: null,
      focus: 'articles',
      hops: '2',
    });
    expect(JSON.stringify(content)).not.toContain('tags');
    const back = fromSharedContent(JSON.parse(JSON.stringify(content)));
    expect(back.doc.positions).toEqual(doc.positions);
    expect(back.doc.viewport).toEqual(doc.viewport);
    expect(back.doc.collapsedGroups).toEqual(['website']);
    expect(back.view).toEqual(content.view);
  });

  it('refuses content that is not a layout, saying why', () => {
    expect(() =>
      fromSharedContent({ layout: { relata: 'layout', version: 1, positions: { a: 'x' } } }),
    ).toThrow(/position of "a"/);
    expect(() => fromSharedContent(null)).toThrow(/not a Relata layout/);
  });

  it('ignores view values that are not strings', () => {
    const content = { ...toSharedContent(doc, () => null), view: { focus: 3, system: '1' } };
    expect(fromSharedContent(content).view).toMatchObject({ focus: null, system: '1' });
  });
});
