// Maps the framework-free diagram onto React Flow's node and edge objects, 1:1.
import type { Edge, Node, XYPosition } from '@xyflow/react';
import type { DiagramEdge, DiagramNode } from '../../domain/diagram-types';
import { JUNCTION_PART_ENDS, KIND_STYLE, markerId } from './kind-style';

export type CollectionFlowNode = Node<DiagramNode['data'], 'collection'>;
export type RelationshipFlowEdge = Edge<DiagramEdge['data'], 'relationship'>;

export function toFlowNode(node: DiagramNode, position: XYPosition): CollectionFlowNode {
  return {
    id: node.id,
    type: 'collection',
    position,
    data: node.data,
    style: { width: node.width, height: node.height },
    ariaLabel: node.data.collection,
  };
}

export function toFlowEdge(edge: DiagramEdge): RelationshipFlowEdge {
  const style = KIND_STYLE[edge.data.kind];
  const [startEnd, endEnd] = edge.data.junctionPart ? JUNCTION_PART_ENDS : style.ends;
  return {
    id: edge.id,
    type: 'relationship',
    source: edge.source,
    target: edge.target,
    sourceHandle: edge.sourceHandle,
    targetHandle: null,
    data: edge.data,
    ariaLabel: edge.data.label,
    ariaRole: 'button',
    markerStart: markerId(startEnd, style.color),
    markerEnd: markerId(endEnd, style.color),
  };
}
