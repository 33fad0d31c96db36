// Directus folders (collections with `meta.group`) drawn as labelled frames around their
// collections. A collapsed folder stands in for everything inside it: its collections are not
// drawn and their edges end at the folder, which says how many it holds.
import type { Diagram, DiagramEdge } from '../../domain/diagram-types';
import type { ModelIndex } from '../../domain/model-index';
import type { XY } from './layout/types';

export interface FolderFrame {
  id: string;
  /** Collections drawn inside (directly or in sub-folders). */
  members: string[];
  depth: number;
  collapsed: boolean;
  box: { x: number; y: number; width: number; height: number };
}

const PAD = 24;
const LABEL = 28;
export const COLLAPSED_SIZE = { width: 220, height: 64 };

/** Folder of each collection, and each folder's parent folder. */
function parents(index: ModelIndex): Map<string, string> {
  const parent = new Map<string, string>();
  for (const c of index.collections) {
    const group = c.meta?.group;
    if (typeof group === 'string' && group && group !== c.collection) parent.set(c.collection, group);
  }
  return parent;
}

function ancestors(parent: ReadonlyMap<string, string>, name: string): string[] {
  const chain: string[] = [];
  const seen = new Set<string>([name]);
  for (let at = parent.get(name); at && !seen.has(at); at = parent.get(at)) {
    chain.push(at);
    seen.add(at);
  }
  return chain;
}

export interface Folded {
  diagram: Diagram;
  frames: FolderFrame[];
}

export function foldFolders(
  index: ModelIndex,
  diagram: Diagram,
  positions: Readonly<Record<string, XY>>,
  collapsed: ReadonlySet<string>,
): Folded {
  const parent = parents(index);
  const drawn = new Set(diagram.nodes.map((n) => n.id));
  const members = new Map<string, string[]>();
  // The outermost collapsed folder a collection sits in, if any.
  const standIn = new Map<string, string>();
  for (const id of drawn) {
    const chain = ancestors(parent, id);
    for (const folder of chain) {
      const list = members.get(folder);
      if (list) list.push(id);
      else members.set(folder, [id]);
    }
    const outer = [...chain].reverse().find((folder) => collapsed.has(folder));
    if (outer) standIn.set(id, outer);
  }
  const sizes = new Map(diagram.nodes.map((n) => [n.id, n]));
  const frames: FolderFrame[] = [];
  for (const [folder, ids] of members) {
    const chain = ancestors(parent, folder);
    if (chain.some((outer) => collapsed.has(outer))) continue; // inside a collapsed folder
    const boxes = ids.flatMap((id) => {
      const p = positions[id];
      const size = sizes.get(id);
      return p && size ? [{ x: p.x, y: p.y, width: size.width, height: size.height }] : [];
    });
    if (!boxes.length) continue;
    const minX = Math.min(...boxes.map((b) => b.x));
    const minY = Math.min(...boxes.map((b) => b.y));
    const maxX = Math.max(...boxes.map((b) => b.x + b.width));
    const maxY = Math.max(...boxes.map((b) => b.y + b.height));
    const depth = chain.length;
    const isCollapsed = collapsed.has(folder);
    const pad = PAD + 12 * (maxDepthBelow(parent, folder, members) ?? 0);
    frames.push({
      id: folder,
      members: ids,
      depth,
      collapsed: isCollapsed,
      box: isCollapsed
        ? { x: minX, y: minY, ...COLLAPSED_SIZE }
        : {
            x: minX - pad,
            y: minY - pad - LABEL,
            width: maxX - minX + 2 * pad,
            height: maxY - minY + 2 * pad + LABEL,
          },
    });
  }
  if (!standIn.size) return { diagram, frames };
  const nodes = diagram.nodes.filter((n) => !standIn.has(n.id));
  const seen = new Set<string>();
  const edges: DiagramEdge[] = [];
  for (const edge of diagram.edges) {
    const source = standIn.get(edge.source) ?? edge.source;
    const target = standIn.get(edge.target) ?? edge.target;
    if (source === target && (standIn.has(edge.source) || standIn.has(edge.target))) continue;
    const redirected = source !== edge.source || target !== edge.target;
    const id = redirected ? `${edge.data.relationshipId}@${source}→${target}` : edge.id;
    if (seen.has(id)) continue;
    seen.add(id);
    edges.push(
      redirected
        ? {
            ...edge,
            id,
            source,
            target,
            sourceHandle: source === edge.source ? edge.sourceHandle : null,
            targetHandle: null,
          }
        : edge,
    );
  }
  return { diagram: { nodes, edges }, frames };
}

function maxDepthBelow(
  parent: ReadonlyMap<string, string>,
  folder: string,
  members: ReadonlyMap<string, string[]>,
): number {
  let depth = 0;
  for (const other of members.keys()) {
    const chain = ancestors(parent, other);
    const at = chain.indexOf(folder);
    if (at >= 0) depth = Math.max(depth, at + 1);
  }
  return depth;
}
