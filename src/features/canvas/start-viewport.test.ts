import { describe, expect, it } from 'vitest';
import { DETAIL_ZOOM } from './detail';
import { fittedViewport, MIN_ZOOM } from './start-viewport';

describe('fittedViewport', () => {
  it('centres the boxes with a tenth of padding, as React Flow fits its view', () => {
    const view = fittedViewport(
      [
        { x: 0, y: 0, width: 100, height: 100 },
        { x: 300, y: 100, width: 100, height: 100 },
      ],
      1000,
      500,
    );
    // 400 × 200 of boxes into 1000 × 500 less 10 %: zoom 2.25 capped at 2, centred.
    expect(view.zoom).toBe(2);
    expect(view.x).toBeCloseTo(1000 / 2 - 200 * 2);
    expect(view.y).toBeCloseTo(500 / 2 - 100 * 2);
  });

  it('opens a tall model below the detail zoom, and never below the minimum zoom', () => {
    const column = Array.from({ length: 80 }, (_, i) => ({ x: 0, y: i * 300, width: 240, height: 260 }));
    const view = fittedViewport(column, 1440, 800);
    expect(view.zoom).toBeLessThan(DETAIL_ZOOM);
    expect(view.zoom).toBeGreaterThanOrEqual(MIN_ZOOM);
  });

  it('shows the 500-collection layout whole on a laptop screen with the panel open', () => {
    // The synthetic model's ELK layout (about 26,500 × 15,500 px) in the canvas of a 1440 × 900
    // window beside the details panel.
    const layout = { x: 0, y: 0, width: 26_500, height: 15_500 };
    const view = fittedViewport([layout], 1020, 780);
    expect(view.zoom).toBeGreaterThan(MIN_ZOOM);
    expect(view.x).toBeGreaterThanOrEqual(0);
    expect(view.x + layout.width * view.zoom).toBeLessThanOrEqual(1020);
    expect(view.y).toBeGreaterThanOrEqual(0);
    expect(view.y + layout.height * view.zoom).toBeLessThanOrEqual(780);
  });

  it('is zoom 1 at the origin for nothing to fit or no canvas', () => {
    expect(fittedViewport([], 1000, 500)).toEqual({ x: 0, y: 0, zoom: 1 });
    expect(fittedViewport([{ x: 5, y: 5, width: 10, height: 10 }], 0, 0)).toEqual({ x: 0, y: 0, zoom: 1 });
  });
});
