// A large model's first visit while its layout runs in the worker (seconds): each collection drawn
// at its provisional place as a plain box with its name, all in one commit, outside React Flow's
// store. Mounted as React Flow nodes instead, a slice at a time, every slice cost the page 35-60 ms
// (the store's update over every node, then style, layout and paint), and frames took 100 ms while
// the worker ran; this is one commit of plain elements, and the page stays free for the layout.
// Once it is done the collections are mounted where they belong and the sketch goes.
// A click on a box selects its collection (its panel opens); the view pans and zooms as usual, and
// names are drawn from the zoom at which they could be read.
// Hidden from assistive technology: the layout status says what is going on, and the search
// reaches every collection meanwhile.
import { ViewportPortal } from '@xyflow/react';
import { memo, type MouseEvent } from 'react';
import type { DiagramNode } from '../../domain/diagram-types';
import { useSelection } from '../../hooks/useUrlState';
import classes from './Sketch.module.css';
import type { XY } from './layout/types';

interface Props {
  nodes: readonly DiagramNode[];
  positions: Readonly<Record<string, XY>>;
  /** Zoomed out so far that a name would be a smudge of a pixel or two: boxes are drawn bare. */
  tiny: boolean;
}

function SketchView({ nodes, positions, tiny }: Props) {
  const [selection, select] = useSelection();
  const selected = selection?.type === 'collection' ? selection.collection : null;
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const box = (event.target as Element).closest<HTMLElement>('[data-collection]');
    const collection = box?.dataset.collection;
    if (collection) select({ type: 'collection', collection });
  };
  return (
    <ViewportPortal>
      <div className={`${classes.sketch} relata-sketch`} aria-hidden="true" onClick={onClick}>
        {nodes.map((node) => {
          const at = positions[node.id];
          if (!at) return null;
          return (
            // One element a box, its header a band of its background: a third of the elements
            // of a node's header, name and body, to style, lay out and paint.
            <div
              key={node.id}
              className={`${classes.sketchNode} relata-sketch-node`}
              data-collection={node.id}
              data-selected={node.id === selected || undefined}
              data-junction={node.data.isJunction || undefined}
              data-system={node.data.isSystem || undefined}
              style={{
                transform: `translate(${at.x}px, ${at.y}px)`,
                width: node.width,
                height: node.height,
              }}
            >
              {!tiny && node.data.collection}
            </div>
          );
        })}
      </div>
    </ViewportPortal>
  );
}

export const Sketch = memo(SketchView);
