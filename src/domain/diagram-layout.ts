// Node sizes. Placement is not decided here: the canvas lays nodes out (see features/canvas/layout).

export const NODE_WIDTH = 260;
export const NODE_HEADER_HEIGHT = 44;
export const FIELD_ROW_HEIGHT = 26;
/** Rows a folded collection shows before "n more fields". */
export const FOLDED_ROW_LIMIT = 12;

/** A header, one row per drawn field, and one for the fold toggle when there is one. */
export function nodeHeight(rowCount: number, hasFoldRow = false): number {
  return NODE_HEADER_HEIGHT + FIELD_ROW_HEIGHT * (Math.max(0, rowCount) + (hasFoldRow ? 1 : 0));
}
