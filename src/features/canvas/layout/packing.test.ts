import { describe, expect, it } from 'vitest';
import { overlappingPairs } from '../../../testing/geometry';
import { packBlocks } from './packing';

const options = { gap: 10, aspectRatio: 1 };

describe('packBlocks', () => {
  it('stacks small blocks beside a tall one instead of giving each a row', () => {
    const blocks = [
      { width: 100, height: 300 },
      { width: 50, height: 50 },
      { width: 50, height: 50 },
      { width: 60, height: 100 },
    ];
    expect(packBlocks(blocks, options)).toEqual([
      { x: 0, y: 0 },
      { x: 110, y: 110 },
      { x: 110, y: 170 },
      { x: 110, y: 0 },
    ]);
  });

  it('starts a new row past √(area · aspect), and never overlaps', () => {
    const blocks = Array.from({ length: 40 }, (_, i) => ({
      width: 50 + ((i * 37) % 300),
      height: 30 + ((i * 53) % 250),
    }));
    const positions = packBlocks(blocks, { gap: 20, aspectRatio: 16 / 9 });
    const boxes = blocks.map((b, i) => ({ ...b, ...positions[i]! }));
    expect(overlappingPairs(boxes)).toEqual([]);
    const right = Math.max(...boxes.map((b) => b.x + b.width));
    const bottom = Math.max(...boxes.map((b) => b.y + b.height));
    expect(right / bottom).toBeGreaterThan(0.8);
    expect(right / bottom).toBeLessThan(4);
  });

  it('places nothing for no blocks', () => {
    expect(packBlocks([], options)).toEqual([]);
  });
});
