import { describe, expect, it } from 'vitest';
import { mountedEdges, mountedNodes, mountOrder, nextSliceSize, SLICE_BUDGET_MS } from './progressive-mount';

const box = (id: string, x: number, y: number) => ({ id, x, y, width: 100, height: 50 });

describe('mountOrder', () => {
  // The screen shows x 0–1000, y 0–500: its middle is (500, 250).
  const screen = { x: 0, y: 0, width: 1000, height: 500 };

  it('puts what is on screen first, nearest the middle of the screen first', () => {
    const { order, onScreen } = mountOrder(
      [box('corner', 0, 0), box('far', 5000, 5000), box('middle', 450, 225), box('edge', 900, 400)],
      screen,
    );
    expect(order).toEqual(['middle', 'edge', 'corner', 'far']);
    expect(onScreen).toBe(3);
  });

  it('counts a box that only overlaps the screen’s border as on screen', () => {
    expect(mountOrder([box('half-out', -50, -25)], screen).onScreen).toBe(1);
    expect(mountOrder([box('just-out', -100, 0)], screen).onScreen).toBe(0);
  });

  it('keeps the given order between boxes as far from the middle', () => {
    expect(mountOrder([box('b', 400, 250), box('a', 500, 250)], screen).order).toEqual(['b', 'a']);
  });
});

describe('nextSliceSize', () => {
  it('grows while frames stay under the budget, by at most half again', () => {
    expect(nextSliceSize(24, SLICE_BUDGET_MS / 4)).toBe(36);
    expect(nextSliceSize(24, SLICE_BUDGET_MS / 1.2)).toBe(29);
  });

  it('shrinks when a frame runs over, by at most half, and never under 16', () => {
    expect(nextSliceSize(100, SLICE_BUDGET_MS * 4)).toBe(50);
    expect(nextSliceSize(20, SLICE_BUDGET_MS * 4)).toBe(16);
  });

  it('never takes more than 200 at once', () => {
    expect(nextSliceSize(180, 1)).toBe(200);
  });
});

describe('mountedNodes', () => {
  it('keeps the mounted nodes and those always kept, in their order', () => {
    const nodes = [{ id: 'a' }, { id: 'folder' }, { id: 'b' }, { id: 'c' }];
    expect(mountedNodes(nodes, new Set(['c', 'a']), (node) => node.id === 'folder')).toEqual([
      { id: 'a' },
      { id: 'folder' },
      { id: 'c' },
    ]);
  });
});

describe('mountedEdges', () => {
  it('keeps the edges whose two ends are mounted', () => {
    const edges = [
      { id: 'ab', source: 'a', target: 'b' },
      { id: 'bc', source: 'b', target: 'c' },
      { id: 'aa', source: 'a', target: 'a' },
    ];
    expect(mountedEdges(edges, new Set(['a', 'b'])).map((edge) => edge.id)).toEqual(['ab', 'aa']);
  });
});
