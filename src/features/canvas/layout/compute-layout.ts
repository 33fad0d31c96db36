// The whole layout, given something that runs ELK: the worker passes elk.bundled.js, tests and
// benchmarks pass the same in Node. Steps: set hubs aside, lay out each connected component
// with ELK layered (largest first, reporting progress after each), pack the components and a
// grid of unconnected collections, then put the hubs in a column right of the drawing.
import type { ElkNode } from 'elkjs/lib/elk-api';
import { boundingBox, type Box } from './boxes';
import { splitComponents } from './components';
import { fromElkGraph, toElkGraph, type ElkGraphOptions } from './elk-graph';
import { findHubs, HUB_MIN_DEGREE, withoutNodes } from './hubs';
import { packBlocks } from './packing';
import { GAP, provisionalPlacement } from './placement';
import type { LayoutGraph, LayoutProgress, LayoutResult, XY } from './types';

export interface ElkRunner {
  layout(graph: ElkNode): Promise<ElkNode>;
}

export interface ComputeLayoutOptions {
  onProgress?: (progress: LayoutProgress) => void;
  /** Checked between components; a running ELK call is not interrupted (terminate the worker). */
  signal?: AbortSignal;
  /** Nodes with at least this many edges are hubs; Infinity keeps every node in ELK's layout. */
  hubMinDegree?: number;
  elk?: ElkGraphOptions;
}

/** Room between packed components: as much as between ELK's layers, for edge labels. */
export const COMPONENT_GAP = 120;
const ASPECT_RATIO = 16 / 9;

/** One laid-out component (or the grid of unconnected nodes), in its own coordinates. */
export interface Block {
  box: Box;
  result: LayoutResult;
}

export async function computeLayout(
  graph: LayoutGraph,
  elk: ElkRunner,
  options: ComputeLayoutOptions = {},
): Promise<LayoutResult> {
  const { blocks, hubs } = await layoutBlocks(graph, elk, options);
  options.onProgress?.({ done: graph.nodes.length, total: graph.nodes.length, phase: 'packing' });
  const result = packLayout(graph, blocks, hubs);
  options.onProgress?.({ done: graph.nodes.length, total: graph.nodes.length, phase: 'done' });
  return result;
}

/** Hubs set aside, then every component laid out by ELK, largest first. */
export async function layoutBlocks(
  graph: LayoutGraph,
  elk: ElkRunner,
  options: ComputeLayoutOptions = {},
): Promise<{ blocks: Block[]; hubs: Set<string> }> {
  const hubs = findHubs(graph, options.hubMinDegree ?? HUB_MIN_DEGREE);
  const { components, isolated } = splitComponents(withoutNodes(graph, hubs));
  let done = 0;
  const report = () => options.onProgress?.({ done, total: graph.nodes.length, phase: 'components' });
  report();
  const blocks: Block[] = [];
  for (const component of components) {
    options.signal?.throwIfAborted();
    const laidOut = await elk.layout(toElkGraph(component, options.elk));
    blocks.push(blockOf(component, fromElkGraph(component, laidOut)));
    done += component.nodes.length;
    report();
  }
  options.signal?.throwIfAborted();
  if (isolated.length > 0) {
    const grid = { positions: provisionalPlacement(isolated), routes: {} };
    blocks.push(blockOf({ nodes: isolated, edges: [] }, grid));
  }
  return { blocks, hubs };
}

/** The blocks packed together and the hubs in a column right of them, in one coordinate space. */
export function packLayout(
  graph: LayoutGraph,
  blocks: readonly Block[],
  hubs: ReadonlySet<string>,
): LayoutResult {
  const offsets = packBlocks(
    blocks.map((b) => b.box),
    { gap: COMPONENT_GAP, aspectRatio: ASPECT_RATIO },
  );
  const positions: Record<string, XY> = {};
  const routes: Record<string, XY[]> = {};
  blocks.forEach(({ box, result }, i) => {
    const dx = (offsets[i]?.x ?? 0) - box.x;
    const dy = (offsets[i]?.y ?? 0) - box.y;
    for (const [id, p] of Object.entries(result.positions)) positions[id] = { x: p.x + dx, y: p.y + dy };
    for (const [id, points] of Object.entries(result.routes))
      routes[id] = points.map((p) => ({ x: p.x + dx, y: p.y + dy }));
  });
  Object.assign(positions, hubColumn(graph, hubs, blocks, offsets));
  return { positions, routes };
}

/** A component's result with the box around its nodes and routes (routes may stray outside). */
function blockOf(graph: LayoutGraph, result: LayoutResult): Block {
  const sizes = new Map(graph.nodes.map((n) => [n.id, n]));
  const boxes: Box[] = Object.entries(result.positions).map(([id, p]) => ({
    ...p,
    width: sizes.get(id)?.width ?? 0,
    height: sizes.get(id)?.height ?? 0,
  }));
  for (const points of Object.values(result.routes))
    boxes.push(...points.map((p) => ({ ...p, width: 0, height: 0 })));
  return { box: boundingBox(boxes) ?? { x: 0, y: 0, width: 0, height: 0 }, result };
}

/**
 * Hubs stacked right of the packed drawing, centred on its height: every other node can reach
 * them, and they no longer force hundreds of nodes into one ELK layer. Their edges get no route.
 */
function hubColumn(
  graph: LayoutGraph,
  hubs: ReadonlySet<string>,
  blocks: readonly Block[],
  offsets: XY[],
): Record<string, XY> {
  const hubNodes = graph.nodes.filter((n) => hubs.has(n.id));
  const packed = boundingBox(blocks.map((b, i) => ({ ...b.box, ...offsets[i] })));
  const height = hubNodes.reduce((sum, n) => sum + n.height, 0) + GAP * Math.max(0, hubNodes.length - 1);
  const x = packed ? packed.x + packed.width + COMPONENT_GAP * 2 : 0;
  let y = packed ? packed.y + Math.max(0, (packed.height - height) / 2) : 0;
  const positions: Record<string, XY> = {};
  for (const hub of hubNodes) {
    positions[hub.id] = { x, y };
    y += hub.height + GAP;
  }
  return positions;
}
