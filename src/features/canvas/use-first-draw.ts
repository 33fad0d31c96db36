// How a first visit's collections come onto the canvas. Held back by the first layout (a large
// model is sketched meanwhile, see Sketch), they are drawn once it is done, fitted to the screen
// first (before the paint), so that they are drawn once, at the zoom they are seen at; then, once
// every collection is mounted, the MiniMap a frame later and the overview lines the frame after
// (together with the last slice they made one task of 200 ms and more).
import { useReactFlow } from '@xyflow/react';
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Box } from './layout/boxes';
import { fittedToContainer } from './start-viewport';

/** True from `frames` animation frames after `ready` became true (it does not turn false again). */
function useFramesAfter(ready: boolean, frames: number): boolean {
  const [due, setDue] = useState(false);
  useEffect(() => {
    if (!ready || due) return;
    let left = frames;
    let id = 0;
    const tick = () => {
      left -= 1;
      if (left <= 0) setDue(true);
      else id = requestAnimationFrame(tick);
    };
    id = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(id);
  }, [ready, due, frames]);
  return ready && due;
}

interface Options {
  /** The first layout is running: draw no collection yet. */
  hold: boolean;
  boxes: () => Box[];
  container: RefObject<HTMLElement | null>;
}

export function useFirstDraw({ hold, boxes, container }: Options) {
  const flow = useReactFlow();
  const [shown, setShown] = useState(!hold);
  /** Set when the view was just fitted for the first draw: the layout's own fit request is spared. */
  const fittedOnShow = useRef(false);
  useLayoutEffect(() => {
    if (hold || shown) return;
    void flow.setViewport(fittedToContainer(boxes(), container));
    fittedOnShow.current = true;
    // The second render is the point: the nodes' first one reads the zoom just set.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setShown(true);
  }, [hold, shown, flow, boxes, container]);
  return { shown, fittedOnShow };
}

/** Once every collection is drawn (`done`): the MiniMap a frame later, the lines the frame after. */
export function useAfterDrawn(done: boolean) {
  return { miniMapDue: useFramesAfter(done, 1), linesDue: useFramesAfter(done, 2) };
}
