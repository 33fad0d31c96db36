import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { FIELD_ROW_HEIGHT, NODE_HEADER_HEIGHT } from '../../domain/diagram-layout';
import { useCanvasActions } from './canvas-actions';
import { useDetail } from './detail';
import { EdgeEnd } from './EdgeEnd';
import type { CollectionFlowNode } from './to-flow';
import classes from './canvas.module.css';

/** The handle that starts a brand-new relationship rather than using an existing field. */
export const NEW_RELATION_HANDLE = '__new_relation__';

function CollectionNodeView({ id, data, selected, isConnectable }: NodeProps<CollectionFlowNode>) {
  const detail = useDetail();
  const { toggleExpanded } = useCanvasActions();
  const { collection, fields, foldedCount, expanded } = data;
  return (
    <div
      className={`${classes.node} relata-node`}
      data-selected={selected || undefined}
      data-junction={data.isJunction || undefined}
      data-system={data.isSystem || undefined}
      data-mark={data.mark ?? undefined}
    >
      <EdgeEnd nodeId={id} type="target" position={Position.Left} className={classes.nodeHandle} />
      <div className={`${classes.header} relata-node-header`}>
        <span className={classes.name}>{collection}</span>
        {data.mark && <span className={classes.mark}>{data.mark}</span>}
        {data.isJunction && <span className={classes.tag}>junction</span>}
        {!data.declared && (
          <span className={classes.tag} title="Referenced by a relation but not declared as a collection">
            undeclared
          </span>
        )}
        {detail && (
          <Handle
            type="source"
            position={Position.Right}
            id={NEW_RELATION_HANDLE}
            isConnectable={isConnectable}
            className={classes.newRelationHandle}
            role="img"
            aria-label={`New relation from ${collection}`}
            title="Drag onto a collection to create a new relationship"
          />
        )}
      </div>
      {detail && (
        <ul className={classes.fields}>
          {fields.map((field) => (
            <li key={field.field} className={classes.field} data-mark={field.mark ?? undefined}>
              <span className={classes.fieldName}>{field.field}</span>
              <span className={classes.marks}>
                {field.mark && <span className={classes.mark}>{field.mark}</span>}
                {field.isPrimaryKey && <abbr title="Primary key">PK</abbr>}
                {field.isForeignKey && <abbr title="Foreign key">FK</abbr>}
                <span className={classes.type}>{field.type}</span>
              </span>
            </li>
          ))}
          {(foldedCount > 0 || expanded) && (
            <li className={classes.field}>
              <button
                type="button"
                className={`${classes.fold} nodrag`}
                onClick={() => toggleExpanded(collection)}
                aria-expanded={expanded}
                aria-label={
                  expanded
                    ? `Fold the fields of ${collection}`
                    : `Show ${foldedCount} more fields of ${collection}`
                }
              >
                {expanded ? 'show fewer fields' : `${foldedCount} more field${foldedCount === 1 ? '' : 's'}…`}
              </button>
            </li>
          )}
        </ul>
      )}
      {/* Handles sit at their rows whether or not the rows are drawn, so edges keep their ends. */}
      {fields.map((field, row) => {
        if (!detail && !field.relational) return null;
        const props = {
          type: 'source' as const,
          position: Position.Right,
          id: field.field,
          className: classes.fieldHandle,
          style: { top: NODE_HEADER_HEIGHT + FIELD_ROW_HEIGHT * row + FIELD_ROW_HEIGHT / 2 },
          'data-relational': field.relational || undefined,
          role: detail ? 'img' : undefined,
          'aria-label': detail ? `Connect ${collection}.${field.field}` : undefined,
        };
        // Only a field a drag can start from needs React Flow's Handle.
        return detail && isConnectable && !field.isAlias && !field.isPrimaryKey ? (
          <Handle key={field.field} {...props} isConnectable />
        ) : (
          <EdgeEnd key={field.field} {...props} nodeId={id} />
        );
      })}
      <EdgeEnd nodeId={id} type="source" position={Position.Right} className={classes.nodeHandle} />
    </div>
  );
}

export const CollectionNode = memo(CollectionNodeView);
