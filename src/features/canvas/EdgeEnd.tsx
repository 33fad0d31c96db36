// Where an edge ends on a node when no connection can start or end there: the element React Flow
// measures for a handle (its classes and data-handle* attributes, see getHandleBounds in
// @xyflow/system), drawn as a plain div. The Handle component subscribes to React Flow's store,
// and a few thousand of them made every frame of a pan run a few thousand selectors.
import type { Position } from '@xyflow/react';
import type { CSSProperties } from 'react';

interface Props {
  nodeId: string;
  type: 'source' | 'target';
  position: Position;
  /** The handle id edges name (a field); none for the node's own handle. */
  id?: string;
  className?: string;
  style?: CSSProperties;
  'data-relational'?: boolean;
  'aria-label'?: string;
}

export function EdgeEnd({ nodeId, type, position, id, className, ...rest }: Props) {
  return (
    <div
      className={`react-flow__handle react-flow__handle-${position} ${type} ${className ?? ''}`}
      data-nodeid={nodeId}
      data-handleid={id}
      data-handlepos={position}
      {...rest}
    />
  );
}
