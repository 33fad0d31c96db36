import { describe, expect, it } from 'vitest';
import { polylineMiddle, routeLookup } from './routes';

describe('routeLookup', () => {
  const routes = {
    e: [
      { x: 260, y: 70 },
      { x: 300, y: 70 },
      { x: 300, y: 200 },
      { x: 400, y: 200 },
    ],
  };

  it('snaps a route onto handles a few pixels off, keeping its segments straight', () => {
    expect(routeLookup(routes)('e', { x: 264, y: 72 }, { x: 396, y: 201 })).toEqual([
      { x: 264, y: 72 },
      { x: 300, y: 72 },
      { x: 300, y: 201 },
      { x: 396, y: 201 },
    ]);
  });

  it('gives nothing once an end has moved, or for an edge without a route', () => {
    expect(routeLookup(routes)('e', { x: 300, y: 72 }, { x: 396, y: 201 })).toBeNull();
    expect(routeLookup(routes)('other', { x: 0, y: 0 }, { x: 1, y: 1 })).toBeNull();
  });
});

describe('polylineMiddle', () => {
  it('is halfway along the line, not between its ends', () => {
    expect(
      polylineMiddle([
        { x: 0, y: 0 },
        { x: 10, y: 0 },
        { x: 10, y: 30 },
      ]),
    ).toEqual({ x: 10, y: 10 });
  });
});
