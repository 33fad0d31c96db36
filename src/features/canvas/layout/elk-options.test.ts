import { describe, expect, it } from 'vitest';
import { LARGE_COMPONENT, LAYERED_OPTIONS, layeredOptionsFor } from './elk-options';

describe('layeredOptionsFor', () => {
  it("keeps ELK's thoroughness and placement for small components; large ones are packed faster", () => {
    expect(layeredOptionsFor(LARGE_COMPONENT - 1)).toBe(LAYERED_OPTIONS);
    expect(layeredOptionsFor(LARGE_COMPONENT)).toEqual({
      ...LAYERED_OPTIONS,
      'elk.layered.thoroughness': '3',
      'elk.layered.nodePlacement.strategy': 'SIMPLE',
      'elk.spacing.edgeEdge': '6',
      'elk.layered.spacing.edgeEdgeBetweenLayers': '6',
    });
  });

  it('lays out left to right with orthogonal edges and never uses model order', () => {
    expect(LAYERED_OPTIONS).toMatchObject({ 'elk.direction': 'RIGHT', 'elk.edgeRouting': 'ORTHOGONAL' });
    expect(Object.keys(layeredOptionsFor(1000)).filter((key) => /modelorder/i.test(key))).toEqual([]);
  });
});
