// Where the collections are: the layout store is the one source of truth (saved per Directus URL
// and user), reconciled with the model as it changes. A first visit lays the model out with ELK in
// a worker and holds the drawing back until it is done, so that the collections are drawn once,
// where they belong, and the page stays free while the worker runs: a model under LARGE_FROM
// collections waits well under a second, a larger one is sketched at a provisional place meanwhile
// (see Sketch). Tidy up lays out on demand, all or the selection.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Diagram } from '../../domain/diagram-types';
import { layoutGraphOf } from './layout-graph';
import { runLayout } from './layout/layout-client';
import { placeBlock, placeNear, provisionalPlacement, reconcilePositions } from './layout/placement';
import type { LayoutStore } from './layout/layout-store';
import type { XY } from './layout/types';
import { useLayoutDocument } from './layout/use-layout-store';
import { createLayoutRunStore } from './layout-run';
import { routeLookup } from './routes';

export function useCanvasLayout(diagram: Diagram, store: LayoutStore, onLaidOut: () => void) {
  const doc = useLayoutDocument(store);
  const graph = useMemo(() => layoutGraphOf(diagram), [diagram]);
  const [routes, setRoutes] = useState<Record<string, XY[]>>({});
  const [runs] = useState(createLayoutRunStore);
  const firstVisit = useRef(Object.keys(doc.positions).length === 0);
  /** Whether the first layout holds the drawing back (also ended by a failure or a cancel). */
  const [holding, setHolding] = useState(() => Object.keys(doc.positions).length === 0);
  const [error, setError] = useState<string | null>(null);

  const { positions, placed } = useMemo(() => {
    const { positions: kept, missing } = reconcilePositions(doc.positions, graph);
    if (!missing.length) return { positions: kept, placed: [] as string[] };
    const all =
      Object.keys(kept).length === 0
        ? provisionalPlacement(graph.nodes, graph.edges)
        : placeNear(kept, graph, missing);
    return { positions: all, placed: missing };
  }, [doc.positions, graph]);

  // Collections placed for the first time keep their place from now on.
  useEffect(() => {
    if (placed.length && !firstVisit.current)
      store.setPositions(
        Object.fromEntries(placed.flatMap((id) => (positions[id] ? [[id, positions[id]]] : []))),
      );
  }, [placed, positions, store]);

  const tidy = useCallback(
    (only?: ReadonlySet<string>) => {
      const controller = new AbortController();
      const subset = only && only.size > 1 ? only : null;
      const input = subset
        ? {
            nodes: graph.nodes.filter((n) => subset.has(n.id)),
            edges: graph.edges.filter((e) => subset.has(e.source) && subset.has(e.target)),
          }
        : graph;
      runs.set({
        progress: { done: 0, total: input.nodes.length, phase: 'components' },
        cancel: () => controller.abort(),
      });
      runLayout(input, {
        signal: controller.signal,
        onProgress: (progress) => runs.set((current) => current && { ...current, progress }),
      })
        .then((result) => {
          if (subset) {
            const sizes = Object.fromEntries(
              graph.nodes.map((n) => [n.id, { width: n.width, height: n.height }]),
            );
            const anchor = topLeft([...subset].flatMap((id) => (positions[id] ? [positions[id]] : [])));
            store.setPositions(placeBlock(positions, sizes, result.positions, anchor));
            setRoutes((current) => ({ ...current, ...result.routes }));
          } else {
            store.replacePositions(result.positions);
            setRoutes(result.routes);
          }
          onLaidOut();
        })
        .catch((failure: unknown) => {
          if (failure instanceof DOMException && failure.name === 'AbortError') return;
          setError(`The layout failed: ${failure instanceof Error ? failure.message : String(failure)}`);
        })
        .finally(() => {
          runs.set(null);
          setHolding(false);
        });
    },
    [graph, positions, store, onLaidOut, runs],
  );

  // A first visit has nothing saved: lay the model out once. Asked for in the commit that first
  // shows the canvas, before the browser paints it: the worker starts meanwhile.
  useLayoutEffect(() => {
    if (!firstVisit.current) return;
    firstVisit.current = false;
    tidy();
  }, [tidy]);

  const lookup = useMemo(() => routeLookup(routes), [routes]);
  return { positions, runs, tidy, routes: lookup, error, holding };
}

function topLeft(points: readonly XY[]): XY {
  return points.length
    ? { x: Math.min(...points.map((p) => p.x)), y: Math.min(...points.map((p) => p.y)) }
    : { x: 0, y: 0 };
}
