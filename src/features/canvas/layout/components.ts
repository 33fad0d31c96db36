import type { LayoutGraph, LayoutNode } from './types';

export interface SplitGraph {
  /** Connected components with at least one edge, the largest (by nodes, then edges) first. */
  components: LayoutGraph[];
  /** Nodes without any edge, in input order. */
  isolated: LayoutNode[];
}

/**
 * Splits a graph into its connected components, ignoring edge direction. ELK's layered
 * algorithm is superlinear in the graph size, so laying out components one by one is faster
 * than one big run, and lets the worker report progress between them. Edges to unknown nodes
 * are dropped; a node whose only edge is a self-loop counts as connected.
 */
export function splitComponents(graph: LayoutGraph): SplitGraph {
  const index = new Map(graph.nodes.map((node, i) => [node.id, i]));
  const parent = graph.nodes.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] ?? root;
    for (let j = i; j !== root;) {
      const next = parent[j] ?? root;
      parent[j] = root;
      j = next;
    }
    return root;
  };
  const edges = graph.edges.filter((e) => index.has(e.source) && index.has(e.target));
  const linked = new Set<number>();
  for (const edge of edges) {
    const a = index.get(edge.source) ?? 0;
    const b = index.get(edge.target) ?? 0;
    linked.add(a).add(b);
    parent[find(a)] = find(b);
  }

  const byRoot = new Map<number, LayoutGraph>();
  const isolated: LayoutNode[] = [];
  graph.nodes.forEach((node, i) => {
    if (!linked.has(i)) return void isolated.push(node);
    const root = find(i);
    const component = byRoot.get(root) ?? { nodes: [], edges: [] };
    component.nodes.push(node);
    byRoot.set(root, component);
  });
  for (const edge of edges) byRoot.get(find(index.get(edge.source) ?? 0))?.edges.push(edge);

  const components = [...byRoot.values()].sort(
    (a, b) => b.nodes.length - a.nodes.length || b.edges.length - a.edges.length,
  );
  return { components, isolated };
}
