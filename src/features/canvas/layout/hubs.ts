import type { LayoutGraph } from './types';

/**
 * From this many edges on, a node is a hub and is laid out beside the drawing rather than by
 * ELK. Measured (layout.bench.ts, synthetic 500/1500): with directus_users' 566 edges and
 * directus_files' 76 in ELK's layout, nearly every node lands in the one layer before the hub
 * (a 23k × 101k px drawing) and the layout takes 3.7–4.0 s of CPU; with them aside, 1.6–1.8 s.
 * 32 sets AgencyOS's directus_users (82 edges) aside and keeps its directus_files (18) in the
 * layout, where its edges still read well.
 */
export const HUB_MIN_DEGREE = 32;

/** Nodes with at least `minDegree` edges to other nodes (self-loops do not count). */
export function findHubs(graph: LayoutGraph, minDegree: number): Set<string> {
  const known = new Set(graph.nodes.map((n) => n.id));
  const degree = new Map<string, number>();
  for (const { source, target } of graph.edges) {
    if (source === target || !known.has(source) || !known.has(target)) continue;
    degree.set(source, (degree.get(source) ?? 0) + 1);
    degree.set(target, (degree.get(target) ?? 0) + 1);
  }
  return new Set([...degree].filter(([, d]) => d >= minDegree).map(([id]) => id));
}

/** The graph without these nodes and every edge touching them. */
export function withoutNodes(graph: LayoutGraph, ids: ReadonlySet<string>): LayoutGraph {
  if (ids.size === 0) return graph;
  return {
    nodes: graph.nodes.filter((n) => !ids.has(n.id)),
    edges: graph.edges.filter((e) => !ids.has(e.source) && !ids.has(e.target)),
  };
}
