// The diagram as the layout step sees it: boxes with a port per relational field row on the
// right and one entry port on the left, where React Flow draws the edges' ends.
import { FIELD_ROW_HEIGHT, NODE_HEADER_HEIGHT } from '../../domain/diagram-layout';
import type { Diagram } from '../../domain/diagram-types';
import type { LayoutGraph } from './layout/types';

export const ENTRY_PORT = '__in';
/** Where an edge without a field handle leaves its node (React Flow's node-level source handle). */
export const EXIT_PORT = '__out';

export function layoutGraphOf(diagram: Diagram): LayoutGraph {
  return {
    nodes: diagram.nodes.map((node) => ({
      id: node.id,
      width: node.width,
      height: node.height,
      ports: [
        { id: ENTRY_PORT, side: 'left' as const, y: node.height / 2 },
        { id: EXIT_PORT, side: 'right' as const, y: node.height / 2 },
        ...node.data.fields.flatMap((field, row) =>
          field.relational
            ? [
                {
                  id: field.field,
                  side: 'right' as const,
                  y: NODE_HEADER_HEIGHT + FIELD_ROW_HEIGHT * (row + 0.5),
                },
              ]
            : [],
        ),
      ],
    })),
    edges: diagram.edges.map((edge) => ({
      id: edge.id,
      source: edge.source,
      target: edge.target,
      sourcePort: edge.sourceHandle ?? EXIT_PORT,
      targetPort: ENTRY_PORT,
    })),
  };
}
