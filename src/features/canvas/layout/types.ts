// The layout step's own vocabulary: boxes, ports and links, no React Flow and no Directus.
// The canvas maps its diagram onto a LayoutGraph and reads positions (and routes) back.

export interface XY {
  x: number;
  y: number;
}

export interface Size {
  width: number;
  height: number;
}

export type PortSide = 'left' | 'right';

/** Where an edge attaches to a node: a field row, `y` from the node's top edge. */
export interface LayoutPort {
  /** Unique within its node, e.g. the field name. */
  id: string;
  side: PortSide;
  y: number;
}

export interface LayoutNode extends Size {
  id: string;
  ports?: LayoutPort[];
}

export interface LayoutEdge {
  id: string;
  source: string;
  target: string;
  /** A port id of the source node; null or unknown ids attach the edge to the node itself. */
  sourcePort?: string | null;
  targetPort?: string | null;
}

export interface LayoutGraph {
  nodes: LayoutNode[];
  edges: LayoutEdge[];
}

export interface LayoutResult {
  /** Top-left corner of every node, in the same space as React Flow's node positions. */
  positions: Record<string, XY>;
  /** Absolute polyline per edge id, start and end included, for the edges ELK routed. */
  routes: Record<string, XY[]>;
}

export type LayoutPhase = 'components' | 'packing' | 'done';

export interface LayoutProgress {
  /** Work units finished: nodes of the components laid out so far. */
  done: number;
  total: number;
  phase: LayoutPhase;
}
