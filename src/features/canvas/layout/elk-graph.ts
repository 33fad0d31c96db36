// LayoutGraph ↔ ELK JSON, pure, so that it runs the same in the worker and in Node tests.
// ELK ids are made from indices (n3, n3p1, e7): collection names and edge ids may clash with
// each other or contain anything, and ELK wants every id unique.
import type { ElkExtendedEdge, ElkNode, ElkPoint, LayoutOptions } from 'elkjs/lib/elk-api';
import { layeredOptionsFor } from './elk-options';
import type { LayoutGraph, LayoutResult, XY } from './types';

export { LAYERED_OPTIONS } from './elk-options';

export interface ElkGraphOptions {
  /** Extra or overriding ELK options for the root (benchmarks try alternatives). */
  layoutOptions?: LayoutOptions;
  /** How ports are constrained on nodes that have ports. */
  portConstraints?: 'FIXED_POS' | 'FIXED_ORDER' | 'FIXED_SIDE';
}

export function toElkGraph(graph: LayoutGraph, options: ElkGraphOptions = {}): ElkNode {
  const nodeIndex = new Map(graph.nodes.map((node, i) => [node.id, i]));
  const portIds = new Map<string, string>();
  const children: ElkNode[] = graph.nodes.map((node, i) => {
    const ports = (node.ports ?? []).map((port, j) => {
      const id = `n${i}p${j}`;
      portIds.set(`${i}\n${port.id}`, id);
      return {
        id,
        x: port.side === 'left' ? 0 : node.width,
        y: port.y,
        width: 0,
        height: 0,
        layoutOptions: { 'elk.port.side': port.side === 'left' ? 'WEST' : 'EAST' },
      };
    });
    return {
      id: `n${i}`,
      width: node.width,
      height: node.height,
      ...(ports.length > 0 && {
        ports,
        layoutOptions: { 'elk.portConstraints': options.portConstraints ?? 'FIXED_POS' },
      }),
    };
  });
  const end = (nodeId: string, port: string | null | undefined) => {
    const i = nodeIndex.get(nodeId);
    if (i === undefined) return undefined;
    return (port != null && portIds.get(`${i}\n${port}`)) || `n${i}`;
  };
  const edges: ElkExtendedEdge[] = [];
  graph.edges.forEach((edge, k) => {
    const source = end(edge.source, edge.sourcePort);
    const target = end(edge.target, edge.targetPort);
    if (source && target) edges.push({ id: `e${k}`, sources: [source], targets: [target] });
  });
  return {
    id: 'root',
    layoutOptions: { ...layeredOptionsFor(graph.nodes.length), ...options.layoutOptions },
    children,
    edges,
  };
}

/** Reads positions and edge routes back, keyed by the graph's own ids. */
export function fromElkGraph(graph: LayoutGraph, laidOut: ElkNode): LayoutResult {
  const positions: LayoutResult['positions'] = {};
  for (const child of laidOut.children ?? []) {
    const node = graph.nodes[Number(child.id.slice(1))];
    if (node) positions[node.id] = { x: child.x ?? 0, y: child.y ?? 0 };
  }
  const routes: LayoutResult['routes'] = {};
  for (const edge of laidOut.edges ?? []) {
    const original = graph.edges[Number(edge.id.slice(1))];
    const route = original && routeOf(edge as ElkExtendedEdge);
    if (original && route) routes[original.id] = route;
  }
  return { positions, routes };
}

/** One polyline through every section; ELK splits an edge into sections only across hierarchy. */
function routeOf(edge: ElkExtendedEdge): XY[] | undefined {
  const points: ElkPoint[] = [];
  for (const section of edge.sections ?? []) {
    const sectionPoints = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint];
    const last = points[points.length - 1];
    const first = sectionPoints[0];
    if (last && first && last.x === first.x && last.y === first.y) sectionPoints.shift();
    points.push(...sectionPoints);
  }
  return points.length >= 2 ? points.map(({ x, y }) => ({ x, y })) : undefined;
}
