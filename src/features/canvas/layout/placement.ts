// Pure placement without ELK: the first paint while the worker runs, merging saved positions
// with a changed model, and fitting a re-laid-out selection back among the other nodes.
import { boundingBox, boxesOf, slideToFree, type Box } from './boxes';
import type { LayoutEdge, LayoutGraph, LayoutNode, Size, XY } from './types';

/** Room between boxes: enough for an edge and its label to pass. */
export const GAP = 80;
/** New or moved boxes keep at least this far from every other box. */
export const MARGIN = 40;

/**
 * A deterministic grid of about √n columns, each as wide as its widest box and each row as
 * tall as its tallest, so nothing overlaps. Cells nearest the centre go to the nodes with the
 * most edges, so the hubs start in the middle of the drawing rather than in a corner.
 */
export function provisionalPlacement(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[] = [],
): Record<string, XY> {
  const columns = Math.max(1, Math.ceil(Math.sqrt(nodes.length)));
  const rows = Math.ceil(nodes.length / columns);
  const degree = degrees(edges);
  const byDegree = nodes
    .map((node, i) => ({ node, i }))
    .sort((a, b) => (degree.get(b.node.id) ?? 0) - (degree.get(a.node.id) ?? 0) || a.i - b.i)
    .map(({ node }) => node);
  const centre = { column: (columns - 1) / 2, row: (rows - 1) / 2 };
  const cells = Array.from({ length: columns * rows }, (_, k) => ({
    column: k % columns,
    row: Math.floor(k / columns),
  }))
    .map((cell, k) => ({
      ...cell,
      k,
      distance: (cell.column - centre.column) ** 2 + (cell.row - centre.row) ** 2,
    }))
    .sort((a, b) => a.distance - b.distance || a.k - b.k)
    .slice(0, nodes.length);

  const widths = new Array<number>(columns).fill(0);
  const heights = new Array<number>(rows).fill(0);
  const placed = byDegree.map((node, n) => {
    const cell = cells[n] ?? { column: 0, row: 0 };
    widths[cell.column] = Math.max(widths[cell.column] ?? 0, node.width);
    heights[cell.row] = Math.max(heights[cell.row] ?? 0, node.height);
    return { node, cell };
  });
  const lefts = offsets(widths);
  const tops = offsets(heights);
  const positions: Record<string, XY> = {};
  for (const { node, cell } of placed)
    positions[node.id] = { x: lefts[cell.column] ?? 0, y: tops[cell.row] ?? 0 };
  return positions;
}

/** Start of each column (or row) when each is as wide as given plus GAP. */
function offsets(sizes: readonly number[]): number[] {
  let at = 0;
  return sizes.map((size) => {
    const start = at;
    at += size + GAP;
    return start;
  });
}

function degrees(edges: readonly LayoutEdge[]): Map<string, number> {
  const degree = new Map<string, number>();
  for (const { source, target } of edges) {
    degree.set(source, (degree.get(source) ?? 0) + 1);
    if (target !== source) degree.set(target, (degree.get(target) ?? 0) + 1);
  }
  return degree;
}

/**
 * Saved positions against the current model: positions of collections that still exist are
 * kept (unusable ones dropped, as if unsaved), those of deleted collections are dropped, and
 * `missing` lists the nodes that still need a place, in graph order.
 */
export function reconcilePositions(
  saved: Readonly<Record<string, XY>>,
  graph: Pick<LayoutGraph, 'nodes'>,
): { positions: Record<string, XY>; missing: string[] } {
  const positions: Record<string, XY> = {};
  const missing: string[] = [];
  for (const { id } of graph.nodes) {
    const position = Object.hasOwn(saved, id) ? saved[id] : undefined;
    if (position && Number.isFinite(position.x) && Number.isFinite(position.y))
      positions[id] = { x: position.x, y: position.y };
    else missing.push(id);
  }
  return { positions, missing };
}

/**
 * Places new nodes without moving any placed one: each next to the placed neighbour it has
 * most edges with (right of it, or below it when that is nearer free space), at least MARGIN
 * from every other box. A node with no placed neighbour goes to a column right of the drawing;
 * its new neighbours then gather around it. Returns every position, old and new.
 */
export function placeNear(
  positions: Readonly<Record<string, XY>>,
  graph: LayoutGraph,
  newIds: readonly string[],
): Record<string, XY> {
  const result: Record<string, XY> = { ...positions };
  const sizes = sizesOf(graph.nodes);
  const obstacles = boxesOf(result, sizes);
  const drawing = boundingBox(obstacles);
  const column = { x: drawing ? drawing.x + drawing.width + GAP : 0, y: drawing?.y ?? 0 };
  const links = linkCounts(graph.edges);
  const pending = [...new Set(newIds)].filter((id) => sizes[id] && !Object.hasOwn(result, id));

  while (pending.length > 0) {
    const scored = pending.map((id) => ({ id, anchor: bestAnchor(id, links, result) }));
    const next = scored.find((s) => s.anchor) ?? scored[0];
    if (!next) break;
    pending.splice(pending.indexOf(next.id), 1);
    const size = sizes[next.id] as Size;
    const anchorBox = next.anchor ? boxesOf(result, sizes, [next.anchor])[0] : undefined;
    const box = anchorBox ? besideAnchor(anchorBox, size, obstacles) : inColumn(column, size, obstacles);
    result[next.id] = { x: box.x, y: box.y };
    obstacles.push(box);
  }
  return result;
}

function sizesOf(nodes: readonly LayoutNode[]): Record<string, Size> {
  return Object.fromEntries(nodes.map((n) => [n.id, { width: n.width, height: n.height }]));
}

/** Edge counts per unordered pair of node ids. */
function linkCounts(edges: readonly LayoutEdge[]): Map<string, Map<string, number>> {
  const links = new Map<string, Map<string, number>>();
  const add = (a: string, b: string) => {
    const row = links.get(a) ?? new Map<string, number>();
    row.set(b, (row.get(b) ?? 0) + 1);
    links.set(a, row);
  };
  for (const { source, target } of edges) {
    if (source === target) continue;
    add(source, target);
    add(target, source);
  }
  return links;
}

/** The placed neighbour with most edges to `id`; the first such in edge order on ties. */
function bestAnchor(id: string, links: Map<string, Map<string, number>>, placed: Record<string, XY>) {
  let best: string | undefined;
  let most = 0;
  for (const [other, count] of links.get(id) ?? []) {
    if (count > most && Object.hasOwn(placed, other)) [best, most] = [other, count];
  }
  return best;
}

/**
 * Right of the anchor, else below it: each spot slid right or down to the first free place;
 * the candidate slid least wins, the earlier one on a tie.
 */
function besideAnchor(anchor: Box, size: Size, obstacles: readonly Box[]): Box {
  const right = { x: anchor.x + anchor.width + GAP, y: anchor.y, ...size };
  const below = { x: anchor.x, y: anchor.y + anchor.height + GAP, ...size };
  const candidates = [
    { ideal: right, box: slid(right, obstacles, 'right') },
    { ideal: right, box: slid(right, obstacles, 'down') },
    { ideal: below, box: slid(below, obstacles, 'down') },
    { ideal: below, box: slid(below, obstacles, 'right') },
  ];
  const cost = ({ ideal, box }: { ideal: Box; box: Box }) => box.x - ideal.x + box.y - ideal.y;
  return candidates.reduce((best, c) => (cost(c) < cost(best) ? c : best)).box;
}

function slid(box: Box, obstacles: readonly Box[], direction: 'right' | 'down'): Box {
  const offset = slideToFree([box], obstacles, direction, MARGIN);
  return { ...box, x: box.x + offset.x, y: box.y + offset.y };
}

/** Stacks boxes down a column right of the drawing (the column moves on as boxes land). */
function inColumn(column: XY, size: Size, obstacles: readonly Box[]): Box {
  const box = slid({ ...column, ...size }, obstacles, 'down');
  column.y = box.y + box.height + GAP;
  return box;
}

/**
 * "Tidy up the selection": moves a block laid out on its own (blockResult, any origin) so its
 * top-left is at `anchor`; if that is too close to a node outside the block, slides it right
 * or down, whichever moves it less (right on a tie). Returns every position, the block's moved.
 */
export function placeBlock(
  allPositions: Readonly<Record<string, XY>>,
  sizes: Readonly<Record<string, Size>>,
  blockResult: Readonly<Record<string, XY>>,
  anchor: XY,
): Record<string, XY> {
  const blockIds = Object.keys(blockResult);
  const block = boxesOf(blockResult, sizes, blockIds);
  const bounds = boundingBox(block);
  if (!bounds) return { ...allPositions };
  const moved = block.map((b) => ({ ...b, x: b.x - bounds.x + anchor.x, y: b.y - bounds.y + anchor.y }));
  const inBlock = new Set(blockIds);
  const others = boxesOf(
    allPositions,
    sizes,
    Object.keys(allPositions).filter((id) => !inBlock.has(id)),
  );
  const right = slideToFree(moved, others, 'right', MARGIN);
  const down = slideToFree(moved, others, 'down', MARGIN);
  const shift = down.y < right.x ? down : right;

  const result: Record<string, XY> = { ...allPositions };
  for (const id of blockIds) {
    const position = blockResult[id];
    if (position && sizes[id])
      result[id] = {
        x: position.x - bounds.x + anchor.x + shift.x,
        y: position.y - bounds.y + anchor.y + shift.y,
      };
  }
  return result;
}
