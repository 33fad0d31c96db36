// A large diagram mounted a slice per frame (see progressive-mount.ts). Decided once, when the
// canvas mounts: later changes (a refetch, a toggle) are small and are drawn at once.
import { useReactFlow, type Edge, type Node } from '@xyflow/react';
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { NamedBox } from './layout/boxes';
import { FIRST_SLICE, mountedEdges, mountedNodes, mountOrder, nextSliceSize } from './progressive-mount';

export type Box = NamedBox;

interface Options {
  /** Whether to mount in slices (read once, on mount). */
  enabled: boolean;
  /** Whether to start: nothing is mounted while the first layout holds the drawing back. */
  start: boolean;
  /** The collections' boxes (and folder frames'), where they will be drawn. */
  boxes: () => Box[];
  container: RefObject<HTMLElement | null>;
}

export function useProgressiveMount<N extends Node, E extends Edge>(
  nodes: N[],
  edges: E[],
  { enabled, start, boxes, container }: Options,
): { nodes: N[]; edges: E[]; mounting: boolean } {
  const [sliced] = useState(enabled);
  /** Null once everything is mounted. */
  const [mounted, setMounted] = useState<ReadonlySet<string> | null>(() => (sliced ? new Set() : null));
  const flow = useReactFlow();
  const latest = useRef(boxes);
  useEffect(() => {
    latest.current = boxes;
  });

  useEffect(() => {
    if (!sliced || !start) return;
    const shown = new Set<string>();
    let order: string[] | null = null;
    let onScreen = 0;
    let at = 0;
    let size = FIRST_SLICE;
    let last = 0;
    let frame = 0;
    const step = (now: number) => {
      if (!order) {
        // The viewport is the one the canvas opened at, or was fitted to once the layout was done.
        const all = latest.current();
        const rect = container.current?.getBoundingClientRect();
        const topLeft = flow.screenToFlowPosition({ x: rect?.left ?? 0, y: rect?.top ?? 0 });
        const bottomRight = flow.screenToFlowPosition({ x: rect?.right ?? 0, y: rect?.bottom ?? 0 });
        const screen = { ...topLeft, width: bottomRight.x - topLeft.x, height: bottomRight.y - topLeft.y };
        ({ order, onScreen } = mountOrder(all, screen));
      } else size = nextSliceSize(size, now - last);
      last = now;
      // What is off screen goes in at once, once what is on screen is in.
      const end = at + size >= onScreen ? order.length : at + size;
      for (const id of order.slice(at, end)) shown.add(id);
      at = end;
      if (at >= order.length) {
        setMounted(null);
        return;
      }
      setMounted(new Set(shown));
      frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
  }, [sliced, start, flow, container]);

  return useMemo(
    () =>
      mounted
        ? {
            nodes: mountedNodes(nodes, mounted, (node) => node.type === 'folder'),
            edges: mountedEdges(edges, mounted),
            mounting: true,
          }
        : { nodes, edges, mounting: false },
    [nodes, edges, mounted],
  );
}
