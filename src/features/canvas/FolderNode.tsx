import { Position, type Node, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useCanvasActions } from './canvas-actions';
import { EdgeEnd } from './EdgeEnd';
import canvas from './canvas.module.css';
import classes from './FolderNode.module.css';

export type FolderFlowNode = Node<
  { folder: string; count: number; collapsed: boolean; depth: number },
  'folder'
>;

/** A Directus folder: a labelled frame behind its collections, or, collapsed, one box for all of them. */
function FolderNodeView({ id, data }: NodeProps<FolderFlowNode>) {
  const { toggleFolder } = useCanvasActions();
  const { folder, count, collapsed } = data;
  const toggle = (
    <button
      type="button"
      className={`${classes.folderToggle} nodrag`}
      aria-expanded={!collapsed}
      aria-label={collapsed ? `Expand folder ${folder}` : `Collapse folder ${folder}`}
      onClick={() => toggleFolder(folder)}
    >
      {collapsed ? '▸' : '▾'}
    </button>
  );
  if (!collapsed)
    return (
      <div className={classes.folderFrame} data-depth={data.depth}>
        <div className={classes.folderLabel}>
          {toggle}
          <span>{folder}</span>
        </div>
      </div>
    );
  return (
    <div className={classes.folderCollapsed}>
      <EdgeEnd nodeId={id} type="target" position={Position.Left} className={canvas.nodeHandle} />
      <div className={classes.folderLabel}>
        {toggle}
        <span>{folder}</span>
      </div>
      <div className={classes.folderCount}>
        {count} collection{count === 1 ? '' : 's'} inside
      </div>
      <EdgeEnd nodeId={id} type="source" position={Position.Right} className={canvas.nodeHandle} />
    </div>
  );
}

export const FolderNode = memo(FolderNodeView);
