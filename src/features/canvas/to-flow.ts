// Maps the framework-free diagram onto React Flow's node and edge objects, 1:1. The DOM
// attributes carry what highlighting needs (see highlight.ts), so selecting re-renders nothing.
import type { Edge, Node, XYPosition } from '@xyflow/react';
import type { DiagramEdge, DiagramNode } from '../../domain/diagram-types';
import type { FolderFrame } from './folders';
import type { FolderFlowNode } from './FolderNode';
import { markDescriptionId } from './mark-descriptions';
import { edgeMarkers } from './overview-edges';

export type CollectionFlowNode = Node<DiagramNode['data'], 'collection'>;
export type RelationshipFlowEdge = Edge<DiagramEdge['data'], 'relationship'>;

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
      ...(node.data.mark
        ? { 'aria-description': node.data.mark, 'aria-describedby': markDescriptionId(node.data.mark) }
        : {}),
    } as never,
  };
}

export function toFlowEdge(edge: DiagramEdge): RelationshipFlowEdge {
  const markers = edgeMarkers(edge.data);
  const hidden = edge.data.hiddenRelationKeys;
  const description = [
    edge.data.mark,
    hidden.length ? `Hidden with the junction: ${hidden.join(', ')}` : null,
  ].filter(Boolean);
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
    markerStart: markers.start,
    markerEnd: markers.end,
    domAttributes: {
      'data-ends': `${edge.source} ${edge.target}`,
      'data-relationship': edge.data.relationshipId,
      ...(description.length ? { 'aria-description': description.join('. ') } : {}),
      ...(edge.data.mark ? { 'aria-describedby': markDescriptionId(edge.data.mark) } : {}),
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

/** Folder frames as React Flow nodes: collapsed boxes above open frames, outer frames below inner ones. */
export function folderNodes(frames: readonly FolderFrame[]): FolderFlowNode[] {
  return [...frames]
    .sort((a, b) => Number(a.collapsed) - Number(b.collapsed) || a.depth - b.depth)
    .map((frame) => ({
      id: frame.id,
      type: 'folder',
      position: { x: frame.box.x, y: frame.box.y },
      width: frame.box.width,
      height: frame.box.height,
      style: { width: frame.box.width, height: frame.box.height },
      data: { folder: frame.id, count: frame.members.length, collapsed: frame.collapsed, depth: frame.depth },
      selectable: false,
      draggable: false,
      connectable: false,
      focusable: frame.collapsed,
      zIndex: frame.collapsed ? 0 : -1,
      ariaLabel: `Folder ${frame.id}`,
    }));
}
