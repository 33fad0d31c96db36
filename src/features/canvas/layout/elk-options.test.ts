import { describe, expect, it } from 'vitest';
import { LARGE_COMPONENT, LAYERED_OPTIONS, layeredOptionsFor } from './elk-options';

describe('layeredOptionsFor', () => {
  it("keeps ELK's thoroughness for small components and lowers it for large ones", () => {
    expect(layeredOptionsFor(LARGE_COMPONENT - 1)).toBe(LAYERED_OPTIONS);
    expect(layeredOptionsFor(LARGE_COMPONENT)).toEqual({
      ...LAYERED_OPTIONS,
      'elk.layered.thoroughness': '3',
    });
  });

  it('lays out left to right with orthogonal edges and never uses model order', () => {
    expect(LAYERED_OPTIONS).toMatchObject({ 'elk.direction': 'RIGHT', 'elk.edgeRouting': 'ORTHOGONAL' });
    expect(Object.keys(layeredOptionsFor(1000)).filter((key) => /modelorder/i.test(key))).toEqual([]);
  });
});
