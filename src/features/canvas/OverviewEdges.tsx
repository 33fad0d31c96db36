// A large diagram's relations below the detail zoom: one SVG of paths inside the viewport (it
// pans and zooms with it, without a render), under the collections. Drawn a few hundred lines a
// frame, whether or not the collections are all mounted yet. A click on a line selects
// its relationship as a click on a React Flow edge does; the keyboard reaches relations by the
// search, and as React Flow edges once zoomed in. The SVG is hidden from assistive technology:
// it repeats, as lines, what the collections and the search already name.
import { ViewportPortal } from '@xyflow/react';
import { memo, useEffect, useMemo, useState, type MouseEvent } from 'react';
import type { DiagramEdge, DiagramNode } from '../../domain/diagram-types';
import classes from './canvas.module.css';
import type { XY } from './layout/types';
import { edgeEnds, edgeMarkers, edgePath, edgeStroke } from './overview-edges';
import { useRoute, type RouteLookup } from './routes';

/** Lines added per frame: 1,500 lines in one commit held the page for 0.1–0.2 s. */
const LINES_PER_FRAME = 400;

interface Props {
  nodes: readonly DiagramNode[];
  edges: readonly DiagramEdge[];
  positions: Readonly<Record<string, XY>>;
  selected: ReadonlySet<string>;
  pendingKeys: ReadonlySet<string>;
  /** A line clicked: its relationship id, and the click (for Ctrl, Cmd or Shift). */
  onPick: (relationshipId: string, event: MouseEvent) => void;
  /** Zoomed so far out that ends and dashes would be specks: lines are drawn plain. */
  tiny: boolean;
}

function OverviewEdgesView({ nodes, edges, positions, selected, pendingKeys, onPick, tiny }: Props) {
  const route = useRoute();
  // Paths are kept while an edge's ends and the routes stay: a render after a drag or a
  // selection recomputes only what moved.
  const paths = useMemo(() => pathCache(route), [route]);
  const byId = useMemo(() => new Map(nodes.map((node) => [node.id, node])), [nodes]);
  const [limit, setLimit] = useState(LINES_PER_FRAME);
  useEffect(() => {
    if (limit >= edges.length) return;
    const frame = requestAnimationFrame(() => setLimit((shown) => shown + LINES_PER_FRAME));
    return () => cancelAnimationFrame(frame);
  }, [limit, edges.length]);
  const lines = edges.slice(0, limit).flatMap((edge) => {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    const sourceAt = positions[edge.source];
    const targetAt = positions[edge.target];
    if (!source || !target || !sourceAt || !targetAt) return [];
    const { from, to } = edgeEnds(edge, source, sourceAt, target, targetAt);
    return [
      <OverviewEdge
        key={edge.id}
        edge={edge}
        path={paths.get(edge.id, from, to)}
        selected={selected.has(edge.data.relationshipId)}
        pending={edge.data.relationKeys.some((key) => pendingKeys.has(key))}
      />,
    ];
  });
  const onClick = (event: MouseEvent<SVGSVGElement>) => {
    const line = (event.target as Element).closest<SVGElement>('[data-relationship]');
    const id = line?.dataset.relationship;
    if (id) onPick(id, event);
  };
  return (
    <ViewportPortal>
      <svg
        className={classes.overviewEdges}
        data-tiny={tiny || undefined}
        aria-hidden="true"
        onClick={onClick}
      >
        {lines}
      </svg>
    </ViewportPortal>
  );
}

function pathCache(route: RouteLookup) {
  const cache = new Map<string, { ends: string; path: string }>();
  return {
    get(id: string, from: XY, to: XY): string {
      const ends = `${from.x} ${from.y} ${to.x} ${to.y}`;
      const hit = cache.get(id);
      if (hit?.ends === ends) return hit.path;
      const path = edgePath(id, from, to, route);
      cache.set(id, { ends, path });
      return path;
    },
  };
}

const OverviewEdge = memo(function OverviewEdge({
  edge,
  path,
  selected,
  pending,
}: {
  edge: DiagramEdge;
  path: string;
  selected: boolean;
  pending: boolean;
}) {
  const markers = edgeMarkers(edge.data);
  return (
    <g
      className={`relata-overview-edge${pending ? ' relata-pending' : ''}`}
      data-ends={`${edge.source} ${edge.target}`}
      data-relationship={edge.data.relationshipId}
      data-selected={selected || undefined}
    >
      <path
        d={path}
        fill="none"
        style={edgeStroke(edge.data, selected)}
        markerStart={`url(#${markers.start})`}
        markerEnd={`url(#${markers.end})`}
      />
      <path d={path} className={`${classes.overviewHit} relata-overview-hit`} />
    </g>
  );
});

export const OverviewEdges = memo(OverviewEdgesView);
