// Edge routes from the last automatic layout (ELK's orthogonal polylines). An edge uses its route
// only while both of its ends are still where the layout put them; a moved node falls back to
// React Flow's own path until the next tidy-up.
import { createContext, useContext } from 'react';

export interface XY {
  x: number;
  y: number;
}

export type RouteLookup = (edgeId: string, source: XY, target: XY) => XY[] | null;

export const RoutesContext = createContext<RouteLookup>(() => null);
export const useRoute = () => useContext(RoutesContext);

// React Flow puts an edge's end at the outer side of its handle, a few pixels off the node's
// border where ELK ends the route: close enough counts as "not moved".
const TOLERANCE = 8;
const near = (a: XY, b: XY) => Math.abs(a.x - b.x) <= TOLERANCE && Math.abs(a.y - b.y) <= TOLERANCE;

/** Moves a route's end onto the handle, keeping the segment next to it straight. */
function snapEnd(route: XY[], end: 0 | -1, to: XY): void {
  const i = end === 0 ? 0 : route.length - 1;
  const j = end === 0 ? 1 : route.length - 2;
  const point = route[i];
  const next = route[j];
  if (!point || !next) return;
  if (next.y === point.y) route[j] = { x: next.x, y: to.y };
  else if (next.x === point.x) route[j] = { x: to.x, y: next.y };
  route[i] = to;
}

export function routeLookup(routes: Readonly<Record<string, XY[]>>): RouteLookup {
  return (edgeId, source, target) => {
    const route = routes[edgeId];
    const first = route?.[0];
    const last = route?.[route.length - 1];
    if (!route || route.length < 2 || !first || !last) return null;
    if (!near(first, source) || !near(last, target)) return null;
    const snapped = [...route];
    snapEnd(snapped, 0, source);
    snapEnd(snapped, -1, target);
    return snapped;
  };
}

export function polylinePath(points: readonly XY[]): string {
  return points.map((p, i) => `${i ? 'L' : 'M'} ${p.x} ${p.y}`).join(' ');
}

/** The point halfway along a polyline, for the edge's label. */
export function polylineMiddle(points: readonly XY[]): XY {
  const lengths = points
    .slice(1)
    .map((p, i) => Math.hypot(p.x - (points[i]?.x ?? 0), p.y - (points[i]?.y ?? 0)));
  let remaining = lengths.reduce((a, b) => a + b, 0) / 2;
  for (const [i, length] of lengths.entries()) {
    const a = points[i];
    const b = points[i + 1];
    if (!a || !b) break;
    if (remaining <= length) {
      const t = length === 0 ? 0 : remaining / length;
      return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
    }
    remaining -= length;
  }
  return points[0] ?? { x: 0, y: 0 };
}
