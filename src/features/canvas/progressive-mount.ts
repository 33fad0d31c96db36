// Mounting a large diagram a slice per frame. React Flow gives every edge an <svg> of its own
// and measures every node it mounts: 460 collections and 1,463 relations in one commit block
// the page for about 1.5 s. In slices no frame waits long, and the collections nearest the
// middle of the view come first, so the screen fills from where the user looks.
import { overlaps, type Box as LayoutBox, type NamedBox } from './layout/boxes';

/**
 * From this many collections a diagram is large: mounted in slices, drawn only where visible, its
 * relations lines in one SVG when zoomed out, and sketched at a provisional place while its first
 * layout runs, which takes seconds (see Sketch). A smaller one waits for its layout (well under a
 * second) with nothing drawn. Either is mounted once the layout is done, where it belongs.
 */
export const LARGE_FROM = 150;

/** How many collections the first frame mounts; later slices grow or shrink with the frame time. */
export const FIRST_SLICE = 24;
/**
 * The frame time the slices aim at. A slice also costs the page a fixed 30-50 ms here (React
 * Flow's store update over every node, style, layout, paint), so on-screen slices stay near
 * MIN_SLICE, about 16 collections a frame. The relations' lines
 * are drawn once every collection is (see DiagramView): drawn first, they made each slice repaint
 * and hit-test 1,463 paths, and frames took 100-250 ms.
 */
export const SLICE_BUDGET_MS = 40;
const MIN_SLICE = 16;
const MAX_SLICE = 200;

/**
 * The order to mount in: the boxes on screen, nearest the middle of the screen first (ties keep
 * the given order), then those off screen. `onScreen` counts the first: React Flow does not draw
 * the others, so they cost little and are mounted together after them.
 */
export function mountOrder(
  boxes: readonly NamedBox[],
  screen: LayoutBox,
): { order: string[]; onScreen: number } {
  const centre = { x: screen.x + screen.width / 2, y: screen.y + screen.height / 2 };
  const ranked = boxes
    .map((box, index) => ({
      id: box.id,
      index,
      shown: overlaps(box, screen),
      distance: Math.hypot(box.x + box.width / 2 - centre.x, box.y + box.height / 2 - centre.y),
    }))
    .sort((a, b) => Number(b.shown) - Number(a.shown) || a.distance - b.distance || a.index - b.index);
  return { order: ranked.map((entry) => entry.id), onScreen: ranked.filter((entry) => entry.shown).length };
}

/**
 * The next slice's size from the last one and how long its frame took: scaled towards the
 * budget, by at most half again or half less per frame.
 */
export function nextSliceSize(size: number, frameMs: number): number {
  const ratio = frameMs > 0 ? SLICE_BUDGET_MS / frameMs : 1.5;
  const next = Math.round(size * Math.min(1.5, Math.max(0.5, ratio)));
  return Math.min(MAX_SLICE, Math.max(MIN_SLICE, next));
}

/** The nodes mounted so far (and those always kept, such as folder frames). */
export function mountedNodes<N extends { id: string }>(
  nodes: readonly N[],
  mounted: ReadonlySet<string>,
  keep: (node: N) => boolean = () => false,
): N[] {
  return nodes.filter((node) => mounted.has(node.id) || keep(node));
}

/** The edges whose two ends are mounted: React Flow would look for the others on every update. */
export function mountedEdges<E extends { source: string; target: string }>(
  edges: readonly E[],
  mounted: ReadonlySet<string>,
): E[] {
  return edges.filter((edge) => mounted.has(edge.source) && mounted.has(edge.target));
}
