import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { KIND_LABEL } from '../../domain/model';
import { useDetail } from './detail';
import { KIND_STYLE } from './kind-style';
import { edgeStroke } from './overview-edges';
import { polylineMiddle, polylinePath, useRoute } from './routes';
import type { RelationshipFlowEdge } from './to-flow';
import classes from './canvas.module.css';

function RelationshipEdgeView(props: EdgeProps<RelationshipFlowEdge>) {
  const { id, data, selected, markerStart, markerEnd, sourceX, sourceY, targetX, targetY } = props;
  const route = useRoute()(id, { x: sourceX, y: sourceY }, { x: targetX, y: targetY });
  // Labels are unreadable at overview zoom; leaving them out spares a portal and a box per edge.
  const detail = useDetail();
  if (!data) return null;
  let path: string;
  let label: { x: number; y: number } | null;
  if (route) {
    path = polylinePath(route);
    label = detail ? polylineMiddle(route) : null;
  } else {
    const [smooth, x, y] = getSmoothStepPath({ ...props, borderRadius: 8, offset: 24 });
    path = smooth;
    label = detail ? { x, y } : null;
  }
  const style = KIND_STYLE[data.kind];
  const hidden = data.hiddenRelationKeys.length;
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerStart={markerStart}
        markerEnd={markerEnd}
        style={edgeStroke(data, Boolean(selected))}
      />
      {label && (
        <EdgeLabelRenderer>
          <div
            className={classes.edgeLabel}
            data-selected={selected || undefined}
            style={{
              transform: `translate(-50%, -50%) translate(${label.x}px, ${label.y}px)`,
              borderColor: style.color,
            }}
            title={
              hidden ? `Also hidden with the junction: ${data.hiddenRelationKeys.join(', ')}` : undefined
            }
            aria-hidden="true"
          >
            {data.junctionPart ? 'M2O' : KIND_LABEL[data.kind]}
            {hidden > 0 && ` +${hidden}`}
            {data.mark && ` · ${data.mark}`}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const RelationshipEdge = memo(RelationshipEdgeView);
