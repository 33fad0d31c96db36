import { describe, expect, it } from 'vitest';
import {
  FIELD_ROW_HEIGHT,
  gridLayout,
  GRID_GAP_X,
  GRID_GAP_Y,
  NODE_HEADER_HEIGHT,
  NODE_WIDTH,
  nodeHeight,
} from './diagram-layout';
import { overlappingPairs } from '../testing/geometry';

describe('nodeHeight', () => {
  it('is a header plus one row per field', () => {
    expect(nodeHeight(0)).toBe(NODE_HEADER_HEIGHT);
    expect(nodeHeight(3)).toBe(NODE_HEADER_HEIGHT + 3 * FIELD_ROW_HEIGHT);
  });
});

describe('gridLayout', () => {
  it('uses ceil(sqrt(n)) columns and rows as tall as their tallest box plus a gap', () => {
    const sizes = [100, 300, 50, 60, 70].map((height) => ({ width: NODE_WIDTH, height }));
    const step = NODE_WIDTH + GRID_GAP_X;
    expect(gridLayout(sizes)).toEqual([
      { x: 0, y: 0 },
      { x: step, y: 0 },
      { x: 2 * step, y: 0 },
      { x: 0, y: 300 + GRID_GAP_Y },
      { x: step, y: 300 + GRID_GAP_Y },
    ]);
  });

  it('places nothing for no boxes and one box at the origin', () => {
    expect(gridLayout([])).toEqual([]);
    expect(gridLayout([{ width: 10, height: 10 }])).toEqual([{ x: 0, y: 0 }]);
  });

  it('never overlaps boxes of mixed sizes', () => {
    const sizes = Array.from({ length: 23 }, (_, i) => ({
      width: 100 + ((i * 37) % 200),
      height: 20 + ((i * 53) % 400),
    }));
    const boxes = gridLayout(sizes).map((p, i) => ({ ...p, ...sizes[i]! }));
    expect(overlappingPairs(boxes)).toEqual([]);
  });
});
