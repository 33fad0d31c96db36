// Where a relation's line runs when a large diagram is seen whole. React Flow draws each edge as
// an <svg> of its own and runs its selectors on every frame of a pan: at 1,500 relations that
// is most of the page's work. Below the detail zoom the lines are drawn instead as one SVG of
// paths (OverviewEdges), from the same ends React Flow would use and the same routes.
import { getSmoothStepPath, Position } from '@xyflow/react';
import { FIELD_ROW_HEIGHT, NODE_HEADER_HEIGHT } from '../../domain/diagram-layout';
import type { DiagramEdge, DiagramNode } from '../../domain/diagram-types';
import { JUNCTION_PART_ENDS, KIND_STYLE, markerId } from './kind-style';
import type { XY } from './layout/types';
import { polylinePath, type RouteLookup } from './routes';

/**
 * Handles are 8 px squares centred on the node's border, and React Flow ends an edge at their
 * outer side: 4 px outside the node.
 */
const HANDLE_OVERHANG = 4;

const rowsOf = new WeakMap<DiagramNode['data'], Map<string, number>>();

/** The row of each drawn field: where its handle sits. */
function rows(node: DiagramNode): Map<string, number> {
  let map = rowsOf.get(node.data);
  if (!map) {
    map = new Map(node.data.fields.map((field, row) => [field.field, row]));
    rowsOf.set(node.data, map);
  }
  return map;
}

/**
 * The two ends of an edge, as React Flow places them: out of the source's field row (or the
 * middle of its right side) into the middle of the target's left side.
 */
export function edgeEnds(
  edge: Pick<DiagramEdge, 'sourceHandle'>,
  source: DiagramNode,
  sourceAt: XY,
  target: DiagramNode,
  targetAt: XY,
): { from: XY; to: XY } {
  const row = edge.sourceHandle === null ? undefined : rows(source).get(edge.sourceHandle);
  return {
    from: {
      x: sourceAt.x + source.width + HANDLE_OVERHANG,
      y:
        sourceAt.y +
        (row === undefined
          ? source.height / 2
          : NODE_HEADER_HEIGHT + FIELD_ROW_HEIGHT * row + FIELD_ROW_HEIGHT / 2),
    },
    to: { x: targetAt.x - HANDLE_OVERHANG, y: targetAt.y + target.height / 2 },
  };
}

/** The SVG path: the layout's route while both ends are where it left them, else a smooth step. */
export function edgePath(id: string, from: XY, to: XY, route: RouteLookup): string {
  const points = route(id, from, to);
  if (points) return polylinePath(points);
  const [path] = getSmoothStepPath({
    sourceX: from.x,
    sourceY: from.y,
    sourcePosition: Position.Right,
    targetX: to.x,
    targetY: to.y,
    targetPosition: Position.Left,
    borderRadius: 8,
    offset: 24,
  });
  return path;
}

/** The marker ids of an edge's two cardinality ends (defined by Markers). */
export function edgeMarkers(data: DiagramEdge['data']): { start: string; end: string } {
  const style = KIND_STYLE[data.kind];
  const [start, end] = data.junctionPart ? JUNCTION_PART_ENDS : style.ends;
  return { start: markerId(start, style.color), end: markerId(end, style.color) };
}

/** The stroke of an edge's line, by kind, selection and review mark. */
export function edgeStroke(data: DiagramEdge['data'], selected: boolean) {
  const style = KIND_STYLE[data.kind];
  return {
    stroke: style.color,
    strokeWidth: selected ? style.width + 1.5 : style.width,
    strokeDasharray: data.mark === 'removed' ? '2 4' : style.dash,
    opacity: data.mark === 'removed' ? 0.6 : undefined,
  };
}
