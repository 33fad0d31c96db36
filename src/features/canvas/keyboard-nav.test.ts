import { describe, expect, it } from 'vitest';
import { endOf, nearestInDirection, relatedTo, type Box } from './keyboard-nav';

const box = (id: string, x: number, y: number): Box => ({ id, x, y, width: 100, height: 50 });

// a . b
// . c .
// d . .
const a = box('a', 0, 0);
const b = box('b', 400, 0);
const c = box('c', 200, 150);
const d = box('d', 0, 300);
const all = [a, b, c, d];

describe('nearestInDirection', () => {
  it('prefers the box in line over a closer one off to the side', () => {
    expect(nearestInDirection(a, all, 'right')).toBe('b');
    expect(nearestInDirection(a, all, 'down')).toBe('d');
  });

  it('takes a box off to the side when nothing is in line', () => {
    expect(nearestInDirection(b, all, 'down')).toBe('c');
    expect(nearestInDirection(d, all, 'up')).toBe('a');
  });

  it('finds nothing where nothing lies', () => {
    expect(nearestInDirection(a, all, 'left')).toBeNull();
    expect(nearestInDirection(a, all, 'up')).toBeNull();
    expect(nearestInDirection(a, [a], 'right')).toBeNull();
  });

  it('keeps to the candidates it is given (the related ones, with Shift)', () => {
    expect(nearestInDirection(a, [c, d], 'right')).toBe('c');
  });
});

describe('relatedTo and endOf', () => {
  const ab = { source: 'a', target: 'b' };
  const edges = [ab, { source: 'c', target: 'a' }, { source: 'a', target: 'a' }];

  it('lists the collections a relation joins to it, either way, without itself', () => {
    expect([...relatedTo('a', edges)].sort()).toEqual(['b', 'c']);
    expect([...relatedTo('d', edges)]).toEqual([]);
  });

  it('leads from a relation to its owning end (left, up) or its other end (right, down)', () => {
    expect(endOf(ab, 'left')).toBe('a');
    expect(endOf(ab, 'up')).toBe('a');
    expect(endOf(ab, 'right')).toBe('b');
    expect(endOf(ab, 'down')).toBe('b');
  });
});
