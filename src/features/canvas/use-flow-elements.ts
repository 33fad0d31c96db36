// React Flow's nodes and edges for the diagram, rebuilt only where something changed: the object
// for an unchanged node or edge is reused, so memoised components skip it. The caches are keyed
// by the diagram's own data objects, which live as long as the diagram does; an edge's object is
// also rebuilt when its id or ends change under the same data (a collapsed folder redirects it).
import { useMemo } from 'react';
import type { Diagram, DiagramEdge, DiagramNode } from '../../domain/diagram-types';
import type { XY } from './layout/types';
import {
  neighbours,
  toFlowEdge,
  toFlowNode,
  type CollectionFlowNode,
  type RelationshipFlowEdge,
} from './to-flow';

const flowNodes = new WeakMap<DiagramNode['data'], CollectionFlowNode>();
const flowEdges = new WeakMap<DiagramEdge['data'], RelationshipFlowEdge>();
const baseEdges = new WeakMap<DiagramEdge['data'], RelationshipFlowEdge>();

/**
 * A node's React Flow object: the previous one (built from the same data) while nothing changed.
 * Moved or reselected, the new one says its size is measured (it is the domain's size, drawn as
 * such): React Flow then keeps the handles it measured instead of hiding the node's edges and
 * measuring it again. New data (other fields, a comparison's additions) is measured afresh: its
 * handles may have moved while its size stayed.
 */
export function flowNodeOf(
  node: DiagramNode,
  position: XY,
  near: readonly string[],
  selected: boolean,
  previous: CollectionFlowNode | undefined,
): CollectionFlowNode {
  if (
    previous &&
    previous.position.x === position.x &&
    previous.position.y === position.y &&
    previous.selected === selected
  )
    return previous;
  const flow: CollectionFlowNode = { ...toFlowNode(node, position, near), selected };
  if (previous) flow.measured = { width: node.width, height: node.height };
  return flow;
}

export function useFlowNodes(
  diagram: Diagram,
  positions: Readonly<Record<string, XY>>,
  selectedCollection: string | null,
): CollectionFlowNode[] {
  const near = useMemo(() => neighbours(diagram.edges), [diagram.edges]);
  return useMemo(
    () =>
      diagram.nodes.map((node) => {
        const position = positions[node.id] ?? { x: 0, y: 0 };
        const selected = node.id === selectedCollection;
        const flow = flowNodeOf(node, position, near.get(node.id) ?? [], selected, flowNodes.get(node.data));
        flowNodes.set(node.data, flow);
        return flow;
      }),
    [diagram.nodes, positions, selectedCollection, near],
  );
}

/** The same edge id and ends: a collapsed folder redirects an edge to itself under the same data. */
const sameEnds = (flow: RelationshipFlowEdge, edge: DiagramEdge) =>
  flow.id === edge.id &&
  flow.source === edge.source &&
  flow.target === edge.target &&
  flow.sourceHandle === edge.sourceHandle;

/** An edge's React Flow object: the previous one (built from the same data) while nothing changed. */
export function flowEdgeOf(
  edge: DiagramEdge,
  selected: boolean,
  pending: boolean,
  previous: RelationshipFlowEdge | undefined,
): RelationshipFlowEdge {
  if (
    previous &&
    sameEnds(previous, edge) &&
    Boolean(previous.selected) === selected &&
    Boolean(previous.animated) === pending
  )
    return previous;
  let base = baseEdges.get(edge.data);
  if (!base || !sameEnds(base, edge)) {
    base = toFlowEdge(edge);
    baseEdges.set(edge.data, base);
  }
  return {
    ...base,
    selected,
    // Drawn distinctly (dashed, animated) until Directus confirms the write.
    animated: pending,
    className: pending ? 'relata-pending' : undefined,
    domAttributes: pending
      ? ({ ...base.domAttributes, 'aria-busy': true, 'data-pending': 'true' } as never)
      : base.domAttributes,
  };
}

export function useFlowEdges(
  diagram: Diagram,
  selectedRelationships: ReadonlySet<string>,
  pendingKeys: ReadonlySet<string>,
): RelationshipFlowEdge[] {
  return useMemo(
    () =>
      diagram.edges.map((edge) => {
        const selected = selectedRelationships.has(edge.data.relationshipId);
        const pending = edge.data.relationKeys.some((key) => pendingKeys.has(key));
        const flow = flowEdgeOf(edge, selected, pending, flowEdges.get(edge.data));
        flowEdges.set(edge.data, flow);
        return flow;
      }),
    [diagram.edges, selectedRelationships, pendingKeys],
  );
}
