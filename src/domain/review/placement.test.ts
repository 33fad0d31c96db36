import { describe, expect, it } from 'vitest';
import { placeLayered, ranks } from './placement';

const sized = (id: string, width = 100, height = 40) => ({ id, width, height });

describe('ranks', () => {
  it('puts a collection above those whose foreign keys point at it', () => {
    const r = ranks(
      ['comments', 'articles', 'authors'],
      [
        { from: 'comments', to: 'articles' },
        { from: 'articles', to: 'authors' },
      ],
    );
    expect(Object.fromEntries(r)).toEqual({ authors: 0, articles: 1, comments: 2 });
  });

  it('survives cycles and self-references', () => {
    const r = ranks(
      ['a', 'b', 'c'],
      [
        { from: 'a', to: 'b' },
        { from: 'b', to: 'a' },
        { from: 'c', to: 'c' },
      ],
    );
    expect([...r.keys()].sort()).toEqual(['a', 'b', 'c']);
    expect(r.get('c')).toBe(0);
  });
});

describe('placeLayered', () => {
  const boxes = ['comments', 'articles', 'authors', 'tags', 'articles_tags'].map((id) => sized(id));
  const edges = [
    { from: 'comments', to: 'articles' },
    { from: 'articles', to: 'authors' },
    { from: 'articles_tags', to: 'articles' },
    { from: 'articles_tags', to: 'tags' },
  ];

  it('places each rank on its own row, key side on top, without overlaps', () => {
    const placed = new Map(placeLayered(boxes, edges).map((p) => [p.id, p]));
    expect(placed.get('authors')!.y).toBeLessThan(placed.get('articles')!.y);
    expect(placed.get('articles')!.y).toBeLessThan(placed.get('comments')!.y);
    expect(placed.get('tags')!.y).toBe(placed.get('authors')!.y);
    const list = [...placed.values()];
    for (const a of list)
      for (const b of list)
        if (a !== b)
          expect(
            a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y,
          ).toBe(true);
  });

  it('gives the same picture for the same input', () => {
    expect(placeLayered(boxes, edges)).toEqual(placeLayered([...boxes].reverse(), [...edges].reverse()));
  });

  it('wraps a long row', () => {
    const many = Array.from({ length: 7 }, (_, i) => sized(`c${i}`));
    const rows = new Set(placeLayered(many, [], { maxPerRow: 3 }).map((p) => p.y));
    expect(rows.size).toBe(3);
  });
});
