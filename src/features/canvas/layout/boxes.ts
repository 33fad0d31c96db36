import type { Size, XY } from './types';

export interface Box extends XY, Size {}

/** A collection's box, named by the collection. */
export interface NamedBox extends Box {
  id: string;
}

/** True when the boxes share area, or come closer than `margin` (touching is not overlapping). */
export function overlaps(a: Box, b: Box, margin = 0): boolean {
  return (
    a.x < b.x + b.width + margin &&
    b.x < a.x + a.width + margin &&
    a.y < b.y + b.height + margin &&
    b.y < a.y + a.height + margin
  );
}

/** The smallest box around all of them; null for none. */
export function boundingBox(boxes: Iterable<Box>): Box | null {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const box of boxes) {
    left = Math.min(left, box.x);
    top = Math.min(top, box.y);
    right = Math.max(right, box.x + box.width);
    bottom = Math.max(bottom, box.y + box.height);
  }
  return left === Infinity ? null : { x: left, y: top, width: right - left, height: bottom - top };
}

/** Boxes for the ids that have both a position and a size. */
export function boxesOf(
  positions: Record<string, XY>,
  sizes: Record<string, Size>,
  ids?: Iterable<string>,
): Box[] {
  const boxes: Box[] = [];
  for (const id of ids ?? Object.keys(positions)) {
    const position = positions[id];
    const size = sizes[id];
    if (position && size) boxes.push({ ...position, width: size.width, height: size.height });
  }
  return boxes;
}

/**
 * Moves a group of boxes (one box for a single node) right or down, past whatever obstacle it
 * touches, until it is at least `margin` from all of them. Returns the offset. Each step passes
 * one obstacle's far edge, so it ends after at most one step per obstacle.
 */
export function slideToFree(
  group: readonly Box[],
  obstacles: readonly Box[],
  direction: 'right' | 'down',
  margin: number,
): XY {
  const offset = { x: 0, y: 0 };
  for (;;) {
    let hit: { box: Box; obstacle: Box } | undefined;
    for (const box of group) {
      const moved = { ...box, x: box.x + offset.x, y: box.y + offset.y };
      const obstacle = obstacles.find((o) => overlaps(moved, o, margin));
      if (obstacle) {
        hit = { box, obstacle };
        break;
      }
    }
    if (!hit) return offset;
    const { box, obstacle } = hit;
    if (direction === 'right') offset.x = obstacle.x + obstacle.width + margin - box.x;
    else offset.y = obstacle.y + obstacle.height + margin - box.y;
  }
}
