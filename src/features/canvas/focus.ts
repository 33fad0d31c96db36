// Focus mode: a collection and what its drawn edges reach in n hops.
import type { Diagram } from '../../domain/diagram-types';

export function neighbourhood(diagram: Pick<Diagram, 'edges'>, start: string, hops: number): Set<string> {
  const adjacent = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    const set = adjacent.get(a);
    if (set) set.add(b);
    else adjacent.set(a, new Set([b]));
  };
  for (const edge of diagram.edges) {
    link(edge.source, edge.target);
    link(edge.target, edge.source);
  }
  const reached = new Set([start]);
  let frontier = [start];
  for (let hop = 0; hop < hops && frontier.length; hop += 1) {
    const next: string[] = [];
    for (const id of frontier)
      for (const other of adjacent.get(id) ?? [])
        if (!reached.has(other)) {
          reached.add(other);
          next.push(other);
        }
    frontier = next;
  }
  return reached;
}

/** The diagram cut down to the given collections and the edges between them. */
export function within<D extends Diagram>(diagram: D, keep: ReadonlySet<string>): D {
  return {
    ...diagram,
    nodes: diagram.nodes.filter((n) => keep.has(n.id)),
    edges: diagram.edges.filter((e) => keep.has(e.source) && keep.has(e.target)),
  };
}
