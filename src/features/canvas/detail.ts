// Level of detail. Below DETAIL_ZOOM field rows and edge labels are unreadable, so they are not
// drawn. The zoom is read once for the whole diagram (DiagramView subscribes, this context hands
// the answer down): a selector in every node and edge would run on every frame of a pan.
import type { ReactFlowState } from '@xyflow/react';
import { createContext, useContext } from 'react';

/** Below this zoom field rows are unreadable: nodes draw their header only (and keep their size). */
export const DETAIL_ZOOM = 0.45;

/**
 * The zoom the diagram is drawn at: React Flow's, or until React Flow has taken in the viewport it
 * opens at (its pan and zoom start after the first draw), that viewport's.
 */
export const zoomOf = (state: ReactFlowState, startZoom: number) =>
  state.panZoom ? state.transform[2] : startZoom;

/**
 * Below this zoom a line's cardinality ends and dashes are a pixel or less: overview lines leave
 * them out, which spares rasterising 3,000 markers on every pan of a large diagram.
 */
export const TINY_ZOOM = 0.2;

export const DetailContext = createContext(true);

export const useDetail = () => useContext(DetailContext);
