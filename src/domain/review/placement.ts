// A deterministic layered placement for the command line, where no layout engine runs: a
// collection sits above the collections whose foreign keys point at it (the key side on top,
// as in most ER drawings), rows ordered to keep connected boxes near each other, long rows
// wrapped. Same input, same picture, so a CI artefact does not move between runs.

export interface Sized {
  id: string;
  width: number;
  height: number;
}

export interface Placed extends Sized {
  x: number;
  y: number;
}

export interface PlacementOptions {
  gapX?: number;
  gapY?: number;
  /** Boxes in one row before it wraps. */
  maxPerRow?: number;
  margin?: number;
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Rank 0: collections no foreign key leaves (they are only pointed at); otherwise one more than
 * the highest rank pointed at. Edges that close a cycle (and self-references) are ignored.
 */
export function ranks(
  ids: readonly string[],
  edges: readonly { from: string; to: string }[],
): Map<string, number> {
  const known = new Set(ids);
  const out = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const { from, to } of edges)
    if (from !== to && known.has(from) && known.has(to)) out.get(from)?.push(to);
  for (const list of out.values()) list.sort(byName);
  const rank = new Map<string, number>();
  const onPath = new Set<string>();
  const visit = (id: string): number => {
    const done = rank.get(id);
    if (done !== undefined) return done;
    onPath.add(id);
    let r = 0;
    for (const to of out.get(id) ?? []) if (!onPath.has(to)) r = Math.max(r, visit(to) + 1);
    onPath.delete(id);
    rank.set(id, r);
    return r;
  };
  for (const id of [...ids].sort(byName)) visit(id);
  return rank;
}

/** Rows by rank; each ordered by the mean position of its neighbours in the rows above, then name. */
function rows(
  ids: readonly string[],
  edges: readonly { from: string; to: string }[],
  maxPerRow: number,
): string[][] {
  const rank = ranks(ids, edges);
  const depth = Math.max(0, ...rank.values());
  const neighbours = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const { from, to } of edges) {
    neighbours.get(from)?.push(to);
    neighbours.get(to)?.push(from);
  }
  const position = new Map<string, number>();
  const result: string[][] = [];
  for (let r = 0; r <= depth; r++) {
    const members = ids.filter((id) => rank.get(id) === r);
    const centre = (id: string) => {
      const placed = (neighbours.get(id) ?? []).map((m) => position.get(m)).filter((p) => p !== undefined);
      return placed.length ? placed.reduce((a, b) => a + b, 0) / placed.length : Infinity;
    };
    const ordered = [...members].sort((a, b) => centre(a) - centre(b) || byName(a, b));
    ordered.forEach((id, i) => position.set(id, i / Math.max(1, ordered.length - 1)));
    for (let i = 0; i < ordered.length; i += maxPerRow) result.push(ordered.slice(i, i + maxPerRow));
  }
  return result.filter((row) => row.length > 0);
}

export function placeLayered(
  boxes: readonly Sized[],
  edges: readonly { from: string; to: string }[],
  options: PlacementOptions = {},
): Placed[] {
  const { gapX = 48, gapY = 72, maxPerRow = 6, margin = 24 } = options;
  const byId = new Map(boxes.map((b) => [b.id, b]));
  const layout = rows(
    boxes.map((b) => b.id),
    edges,
    maxPerRow,
  );
  const rowWidth = (row: string[]) =>
    row.reduce((sum, id) => sum + (byId.get(id)?.width ?? 0), 0) + gapX * (row.length - 1);
  const widest = Math.max(0, ...layout.map(rowWidth));
  const placed: Placed[] = [];
  let y = margin;
  for (const row of layout) {
    let x = margin + (widest - rowWidth(row)) / 2;
    const height = Math.max(...row.map((id) => byId.get(id)?.height ?? 0));
    for (const id of row) {
      const b = byId.get(id);
      if (!b) continue;
      placed.push({ ...b, x, y });
      x += b.width + gapX;
    }
    y += height + gapY;
  }
  return placed;
}
