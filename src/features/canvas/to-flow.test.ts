import { describe, expect, it } from 'vitest';
import type { FolderFrame } from './folders';
import { folderNodes } from './to-flow';

const frame = (id: string, depth: number, collapsed: boolean): FolderFrame => ({
  id,
  members: [`${id}_a`, `${id}_b`],
  depth,
  collapsed,
  box: { x: depth * 10, y: 0, width: 300, height: 200 },
});

describe('folderNodes', () => {
  it('draws open frames behind, outer before inner, and collapsed folders last', () => {
    const nodes = folderNodes([frame('inner', 1, false), frame('shut', 0, true), frame('outer', 0, false)]);
    expect(nodes.map((n) => n.id)).toEqual(['outer', 'inner', 'shut']);
    expect(nodes.map((n) => n.zIndex)).toEqual([-1, -1, 0]);
  });

  it('only a collapsed folder can take the focus; none can be selected, dragged or connected', () => {
    const [open, shut] = folderNodes([frame('open', 0, false), frame('shut', 0, true)]);
    expect(open).toMatchObject({ focusable: false, selectable: false, draggable: false, connectable: false });
    expect(shut).toMatchObject({
      focusable: true,
      ariaLabel: 'Folder shut',
      data: { folder: 'shut', count: 2, collapsed: true, depth: 0 },
      style: { width: 300, height: 200 },
    });
  });
});
