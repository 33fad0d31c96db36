// Centring the view on a collection, once it is drawn (showing it may take a render or two
// when a toggle or focus had hidden it).
import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import { DETAIL_ZOOM } from './detail';

export function useCenterOn() {
  const flow = useReactFlow();
  return useCallback(
    (collection: string) => {
      let tries = 20;
      const attempt = () => {
        const node = flow.getNode(collection);
        if (!node) {
          if (tries-- > 0) requestAnimationFrame(attempt);
          return;
        }
        const width = node.measured?.width ?? node.width ?? 0;
        const height = node.measured?.height ?? node.height ?? 0;
        const zoom = Math.max(flow.getZoom(), DETAIL_ZOOM + 0.35);
        void flow.setCenter(node.position.x + width / 2, node.position.y + Math.min(height, 300) / 2, {
          zoom,
          duration: 300,
        });
      };
      attempt();
    },
    [flow],
  );
}
