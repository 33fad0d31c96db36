import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { KIND_LABEL } from '../../domain/model';
import { KIND_STYLE } from './kind-style';
import type { RelationshipFlowEdge } from './to-flow';
import classes from './canvas.module.css';

function RelationshipEdgeView(props: EdgeProps<RelationshipFlowEdge>) {
  const { id, data, selected, markerStart, markerEnd } = props;
  const [path, labelX, labelY] = getBezierPath(props);
  if (!data) return null;
  const style = KIND_STYLE[data.kind];
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerStart={markerStart}
        markerEnd={markerEnd}
        style={{
          stroke: style.color,
          strokeWidth: selected ? style.width + 1.5 : style.width,
          strokeDasharray: style.dash,
        }}
      />
      <EdgeLabelRenderer>
        <div
          className={classes.edgeLabel}
          data-selected={selected || undefined}
          style={{
            transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)`,
            borderColor: style.color,
            color: style.color,
          }}
          aria-hidden="true"
        >
          {data.junctionPart ? 'M2O' : KIND_LABEL[data.kind]}
        </div>
      </EdgeLabelRenderer>
    </>
  );
}

export const RelationshipEdge = memo(RelationshipEdgeView);
