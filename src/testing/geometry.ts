export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** True when two boxes share area (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Every pair of boxes that overlaps, as index pairs. */
export function overlappingPairs(boxes: readonly Box[]): [number, number][] {
  const pairs: [number, number][] = [];
  boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b, j) => overlaps(a, b) && pairs.push([i, i + 1 + j])));
  return pairs;
}
