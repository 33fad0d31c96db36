import { describe, expect, it } from 'vitest';
import { boundingBox, boxesOf, overlaps, slideToFree } from './boxes';

const box = (x: number, y: number, width = 10, height = 10) => ({ x, y, width, height });

describe('overlaps', () => {
  it('counts shared area, not touching, unless a margin asks for room', () => {
    expect(overlaps(box(0, 0), box(5, 5))).toBe(true);
    expect(overlaps(box(0, 0), box(10, 0))).toBe(false);
    expect(overlaps(box(0, 0), box(10, 0), 1)).toBe(true);
    expect(overlaps(box(0, 0), box(20, 0), 10)).toBe(false);
  });
});

describe('boundingBox', () => {
  it('encloses every box, and is null for none', () => {
    expect(boundingBox([box(0, 5), box(-10, 20, 5, 5)])).toEqual({ x: -10, y: 5, width: 20, height: 20 });
    expect(boundingBox([])).toBeNull();
  });
});

describe('boxesOf', () => {
  it('joins positions and sizes, skipping ids lacking either', () => {
    const positions = { a: { x: 1, y: 2 }, b: { x: 3, y: 4 } };
    const sizes = { a: { width: 5, height: 6 }, c: { width: 1, height: 1 } };
    expect(boxesOf(positions, sizes)).toEqual([{ x: 1, y: 2, width: 5, height: 6 }]);
    expect(boxesOf(positions, sizes, ['c', 'a'])).toEqual([{ x: 1, y: 2, width: 5, height: 6 }]);
  });
});

describe('slideToFree', () => {
  it('does not move a group that is already free', () => {
    expect(slideToFree([box(0, 0)], [box(50, 0)], 'right', 5)).toEqual({ x: 0, y: 0 });
  });

  it('passes each obstacle in turn, keeping the margin', () => {
    const obstacles = [box(5, 0), box(22, 0), box(100, 0)];
    expect(slideToFree([box(0, 0)], obstacles, 'right', 2)).toEqual({ x: 34, y: 0 });
    expect(slideToFree([box(0, 0)], obstacles, 'down', 2)).toEqual({ x: 0, y: 12 });
  });

  it('moves a group as one', () => {
    const group = [box(0, 0), box(0, 40)];
    expect(slideToFree(group, [box(0, 45, 10, 10)], 'right', 0)).toEqual({ x: 10, y: 0 });
  });
});
