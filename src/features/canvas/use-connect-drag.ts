// Drag-to-connect: a field's handle dropped on a collection makes that field a many-to-one to
// it; the collection's "new relation" handle dropped on one asks for the details. Dropping
// anywhere on a collection counts, not only on a handle.
import { useReactFlow, type OnConnectEnd, type OnConnectStart } from '@xyflow/react';
import { useCallback, useRef } from 'react';
import { NEW_RELATION_HANDLE } from './CollectionNode';

export interface ConnectHandlers {
  /** A field's handle dropped on a collection: make that field a many-to-one to it. */
  onConnectField: (collection: string, field: string, related: string) => void;
  /** The collection's "new relation" handle dropped on a collection: ask for the details. */
  onNewRelation: (collection: string, related: string) => void;
}

export function useConnectDrag(connect: ConnectHandlers | null) {
  const flow = useReactFlow();
  const connecting = useRef<{ collection: string; handle: string | null } | null>(null);
  const onConnectStart: OnConnectStart = useCallback((_event, { nodeId, handleId }) => {
    connecting.current = nodeId ? { collection: nodeId, handle: handleId } : null;
  }, []);
  const onConnectEnd: OnConnectEnd = useCallback(
    (event, state) => {
      const from = connecting.current;
      connecting.current = null;
      if (!from || !connect) return;
      let target = state.toNode?.id ?? null;
      if (!target) {
        const point = 'changedTouches' in event ? event.changedTouches[0] : event;
        if (point) {
          const at = flow.screenToFlowPosition({ x: point.clientX, y: point.clientY });
          target = flow.getIntersectingNodes({ x: at.x, y: at.y, width: 1, height: 1 })[0]?.id ?? null;
        }
      }
      if (!target) return;
      if (from.handle === NEW_RELATION_HANDLE) connect.onNewRelation(from.collection, target);
      else if (from.handle) connect.onConnectField(from.collection, from.handle, target);
    },
    [connect, flow],
  );
  return { onConnectStart, onConnectEnd };
}
