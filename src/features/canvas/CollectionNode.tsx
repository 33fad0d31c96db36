import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { CollectionFlowNode } from './to-flow';
import classes from './canvas.module.css';

function CollectionNodeView({ data, selected, isConnectable }: NodeProps<CollectionFlowNode>) {
  return (
    <div
      className={classes.node}
      data-selected={selected || undefined}
      data-junction={data.isJunction || undefined}
      data-system={data.isSystem || undefined}
    >
      <Handle type="target" position={Position.Left} className={classes.nodeHandle} isConnectable={false} />
      <div className={classes.header}>
        <span className={classes.name}>{data.collection}</span>
        <Handle
          type="source"
          position={Position.Right}
          id={NEW_RELATION_HANDLE}
          isConnectable={isConnectable}
          className={classes.newRelationHandle}
          aria-label={`New relation from ${data.collection}`}
          title="Drag onto a collection to create a new foreign key and relation"
        />
        {data.isJunction && <span className={classes.tag}>junction</span>}
        {!data.declared && (
          <span className={classes.tag} title="Referenced by a relation but not declared as a collection">
            undeclared
          </span>
        )}
      </div>
      <ul className={classes.fields}>
        {data.fields.map((field) => (
          <li key={field.field} className={classes.field}>
            <span className={classes.fieldName}>{field.field}</span>
            <span className={classes.marks}>
              {field.isPrimaryKey && <abbr title="Primary key">PK</abbr>}
              {field.isForeignKey && <abbr title="Foreign key">FK</abbr>}
              <span className={classes.type}>{field.type}</span>
            </span>
            <Handle
              type="source"
              position={Position.Right}
              id={field.field}
              className={classes.fieldHandle}
              data-relational={field.relational || undefined}
              isConnectable={isConnectable && !field.isAlias && !field.isPrimaryKey}
              aria-label={`Connect ${data.collection}.${field.field}`}
            />
          </li>
        ))}
      </ul>
      <Handle type="source" position={Position.Right} className={classes.nodeHandle} isConnectable={false} />
    </div>
  );
}

export const CollectionNode = memo(CollectionNodeView);

/** The handle that starts a brand-new foreign key rather than using an existing field. */
export const NEW_RELATION_HANDLE = '__new_relation__';
