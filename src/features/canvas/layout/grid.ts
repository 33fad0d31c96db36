// A first placement while nothing better is known: boxes left to right in about √n columns;
// each row as tall as its tallest box plus a gap, so boxes never overlap.
import type { XYPosition } from '@xyflow/react';

const GAP_X = 80;
const GAP_Y = 80;

export function gridPlacement(
  nodes: readonly { id: string; width: number; height: number }[],
): Map<string, XYPosition> {
  const columns = Math.max(1, Math.ceil(Math.sqrt(nodes.length)));
  const columnWidth = Math.max(0, ...nodes.map((n) => n.width)) + GAP_X;
  const positions = new Map<string, XYPosition>();
  let top = 0;
  for (let start = 0; start < nodes.length; start += columns) {
    const row = nodes.slice(start, start + columns);
    row.forEach((node, column) => positions.set(node.id, { x: column * columnWidth, y: top }));
    top += Math.max(...row.map((n) => n.height)) + GAP_Y;
  }
  return positions;
}
