// Maps the framework-free diagram onto React Flow's node and edge objects, 1:1. The DOM
// attributes carry what highlighting needs (see highlight.ts), so selecting re-renders nothing.
import type { Edge, Node, XYPosition } from '@xyflow/react';
import type { DiagramEdge, DiagramNode } from '../../domain/diagram-types';
import { JUNCTION_PART_ENDS, KIND_STYLE, markerId } from './kind-style';

export type CollectionFlowNode = Node<DiagramNode['data'], 'collection'>;
export type RelationshipFlowEdge = Edge<DiagramEdge['data'], 'relationship'>;

/**
 * A mark (added, removed, changed) is the element's accessible description. React Flow points
 * aria-describedby at its keyboard help, which would win over aria-description: a marked element
 * says its mark instead.
 */
function described(text: string) {
  return { 'aria-describedby': undefined, 'aria-description': text };
}

export function toFlowNode(
  node: DiagramNode,
  position: XYPosition,
  near: readonly string[],
): CollectionFlowNode {
  return {
    id: node.id,
    type: 'collection',
    position,
    data: node.data,
    width: node.width,
    height: node.height,
    style: { width: node.width, height: node.height },
    ariaLabel: node.data.collection,
    domAttributes: {
      'data-near': [node.id, ...near].join(' '),
      ...(node.data.mark ? described(node.data.mark) : {}),
    } as never,
  };
}

export function toFlowEdge(edge: DiagramEdge): RelationshipFlowEdge {
  const style = KIND_STYLE[edge.data.kind];
  const [startEnd, endEnd] = edge.data.junctionPart ? JUNCTION_PART_ENDS : style.ends;
  const hidden = edge.data.hiddenRelationKeys;
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
    // Routed edges run side by side: a narrow hit area keeps each one clickable.
    interactionWidth: 10,
    markerStart: markerId(startEnd, style.color),
    markerEnd: markerId(endEnd, style.color),
    domAttributes: {
      'data-ends': `${edge.source} ${edge.target}`,
      'data-relationship': edge.data.relationshipId,
      ...(hidden.length ? { 'aria-description': `Hidden with the junction: ${hidden.join(', ')}` } : {}),
      ...(edge.data.mark
        ? described(
            [
              edge.data.mark,
              ...(hidden.length ? [`hidden with the junction: ${hidden.join(', ')}`] : []),
            ].join('; '),
          )
        : {}),
    } as never,
  };
}

/** For each node, the nodes its edges reach: what stays lit when it is selected. */
export function neighbours(edges: readonly DiagramEdge[]): Map<string, string[]> {
  const map = new Map<string, Set<string>>();
  const add = (a: string, b: string) => {
    const set = map.get(a);
    if (set) set.add(b);
    else map.set(a, new Set([b]));
  };
  for (const e of edges) {
    add(e.source, e.target);
    add(e.target, e.source);
  }
  return new Map([...map].map(([id, set]) => [id, [...set]]));
}
