// A first, deterministic placement; users move nodes afterwards and the canvas persists that.

export const NODE_WIDTH = 260;
export const NODE_HEADER_HEIGHT = 44;
export const FIELD_ROW_HEIGHT = 26;
export const GRID_GAP_X = 80;
export const GRID_GAP_Y = 80;

export function nodeHeight(fieldCount: number): number {
  return NODE_HEADER_HEIGHT + FIELD_ROW_HEIGHT * Math.max(0, fieldCount);
}

export interface Size {
  width: number;
  height: number;
}

/**
 * Places boxes left to right in about √n columns; each row is as tall as its tallest box
 * plus a gap, and each column as wide as the widest box plus a gap, so boxes never overlap.
 */
export function gridLayout(sizes: readonly Size[]): { x: number; y: number }[] {
  const columns = Math.max(1, Math.ceil(Math.sqrt(sizes.length)));
  const columnWidth = Math.max(0, ...sizes.map((s) => s.width)) + GRID_GAP_X;
  const positions: { x: number; y: number }[] = [];
  let top = 0;
  for (let start = 0; start < sizes.length; start += columns) {
    const row = sizes.slice(start, start + columns);
    row.forEach((_, column) => positions.push({ x: column * columnWidth, y: top }));
    top += Math.max(...row.map((s) => s.height)) + GRID_GAP_Y;
  }
  return positions;
}
