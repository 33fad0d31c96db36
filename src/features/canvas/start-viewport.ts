// A first visit's viewport: the whole diagram fitted to the canvas, worked out from the boxes the
// domain gives before anything is drawn. React Flow's own fit view waits for the nodes to be drawn
// and measured at zoom 1, field rows and all; fitted first, a large model's nodes are drawn once,
// at the zoom they are seen at: below the detail zoom, as headers only.
import { getViewportForBounds, type Viewport } from '@xyflow/react';
import { useLayoutEffect, useState, type RefObject } from 'react';
import { boundingBox, type Box } from './layout/boxes';

/**
 * Far enough out for fit view to show a model of 500 collections whole on a laptop's screen (its
 * layout is about 26,000 × 15,000 px: 0.035 at 1440 × 900 with the panel open), where a
 * collection is a box of a few pixels; the search and focus take it from there.
 */
export const MIN_ZOOM = 0.03;
export const MAX_ZOOM = 2;
/** As React Flow's fit view. */
const PADDING = 0.1;

/** The viewport that shows all of `boxes` in a canvas of this size; zoom 1 at the origin for none. */
export function fittedViewport(boxes: Iterable<Box>, width: number, height: number): Viewport {
  const bounds = boundingBox(boxes);
  if (!bounds || width <= 0 || height <= 0) return { x: 0, y: 0, zoom: 1 };
  return getViewportForBounds(bounds, width, height, MIN_ZOOM, MAX_ZOOM, PADDING);
}

/** The diagram fitted to the container as it is now. */
export function fittedToContainer(boxes: Iterable<Box>, container: RefObject<HTMLElement | null>): Viewport {
  const rect = container.current?.getBoundingClientRect();
  return fittedViewport(boxes, rect?.width ?? 0, rect?.height ?? 0);
}

/**
 * The viewport to open at: the saved one, or the diagram fitted to the container, measured before
 * the first paint. Null until then (one render, without React Flow). Read once: later changes are
 * React Flow's.
 */
export function useStartViewport(
  saved: Viewport | null,
  boxes: () => Box[],
  container: RefObject<HTMLElement | null>,
): Viewport | null {
  const [start, setStart] = useState<Viewport | null>(saved);
  useLayoutEffect(() => {
    if (start) return;
    // Measured before the first paint, which is what a layout effect is for: one render without
    // React Flow, none with the wrong zoom.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setStart(fittedToContainer(boxes(), container));
  }, [start, boxes, container]);
  return start;
}
