// Moving through the diagram with the arrow keys: from a collection to the nearest one in that
// direction, or (with Shift) to the nearest one it has a relation with; from a relation to its
// ends. Pure: boxes in, an id out.
import type { NamedBox } from './layout/boxes';

export type Direction = 'left' | 'right' | 'up' | 'down';

export const ARROW_DIRECTIONS: Readonly<Record<string, Direction>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

export type Box = NamedBox;

const centre = (box: Box) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

/**
 * The box nearest to `from` in `direction`: its centre must lie that way; distance along the
 * direction counts once, distance across it twice, so a box in line wins over a closer one off
 * to the side. Null when nothing lies that way.
 */
export function nearestInDirection(
  from: Box,
  candidates: readonly Box[],
  direction: Direction,
): string | null {
  const origin = centre(from);
  let best: { id: string; score: number } | null = null;
  for (const candidate of candidates) {
    if (candidate.id === from.id) continue;
    const point = centre(candidate);
    const dx = point.x - origin.x;
    const dy = point.y - origin.y;
    const [along, across] =
      direction === 'left'
        ? [-dx, dy]
        : direction === 'right'
          ? [dx, dy]
          : direction === 'up'
            ? [-dy, dx]
            : [dy, dx];
    if (along <= 0) continue;
    const score = along + 2 * Math.abs(across);
    if (!best || score < best.score || (score === best.score && candidate.id < best.id))
      best = { id: candidate.id, score };
  }
  return best?.id ?? null;
}

/** The collections `id` has a relation with (either way), itself excluded. */
export function relatedTo(id: string, edges: readonly { source: string; target: string }[]): Set<string> {
  const related = new Set<string>();
  for (const edge of edges) {
    if (edge.source === id && edge.target !== id) related.add(edge.target);
    if (edge.target === id && edge.source !== id) related.add(edge.source);
  }
  return related;
}

/** From a relation: left and up lead to the collection that holds it, right and down to the other. */
export function endOf(edge: { source: string; target: string }, direction: Direction): string {
  return direction === 'left' || direction === 'up' ? edge.source : edge.target;
}
