// Arrow keys on the diagram: from a focused collection to the nearest one that way (with Shift,
// the nearest one it has a relation with); from a focused relation to its ends. A selected
// collection keeps React Flow's arrows, which move it. The pure part is keyboard-nav.ts.
import { useReactFlow } from '@xyflow/react';
import { useCallback, type KeyboardEvent, type RefObject } from 'react';
import { ARROW_DIRECTIONS, endOf, nearestInDirection, relatedTo, type Box } from './keyboard-nav';

interface Options {
  /** Every collection's box, drawn yet or not. */
  boxes: () => Box[];
  /** The diagram's edges (source and target collections). */
  edges: () => readonly { source: string; target: string }[];
  /** React Flow's edges, by the id a focused edge element carries. */
  flowEdges: () => readonly { id: string; source: string; target: string }[];
  container: RefObject<HTMLElement | null>;
}

export function useArrowKeys({ boxes, edges, flowEdges, container }: Options) {
  const flow = useReactFlow();
  return useCallback(
    (event: KeyboardEvent) => {
      const direction = ARROW_DIRECTIONS[event.key];
      const target = event.target as HTMLElement;
      if (!direction || event.altKey || event.ctrlKey || event.metaKey) return;
      const all = boxes();
      let next: string | null = null;
      if (target.classList.contains('react-flow__node')) {
        const id = target.dataset.id ?? '';
        const from = all.find((candidate) => candidate.id === id);
        if (!from || (!event.shiftKey && flow.getNode(id)?.selected)) return;
        const related = event.shiftKey ? relatedTo(id, edges()) : null;
        next = nearestInDirection(
          from,
          related ? all.filter((candidate) => related.has(candidate.id)) : all,
          direction,
        );
      } else if (target.classList.contains('react-flow__edge')) {
        const edge = flowEdges().find((candidate) => candidate.id === target.dataset.id);
        if (edge) next = endOf(edge, direction);
      } else return;
      event.preventDefault();
      event.stopPropagation();
      if (!next) return;
      const box = all.find((candidate) => candidate.id === next);
      if (box)
        void flow.setCenter(box.x + box.width / 2, box.y + box.height / 2, {
          zoom: flow.getZoom(),
          duration: 0,
        });
      // After React Flow has drawn it (only what is on screen is drawn in large models).
      requestAnimationFrame(() =>
        container.current
          ?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(next)}"]`)
          ?.focus({ preventScroll: true }),
      );
    },
    [flow, boxes, edges, flowEdges, container],
  );
}
