import { describe, expect, it } from 'vitest';
import { FIELD_ROW_HEIGHT, NODE_HEADER_HEIGHT, nodeHeight } from './diagram-layout';

describe('nodeHeight', () => {
  it('is a header plus one row per field', () => {
    expect(nodeHeight(0)).toBe(NODE_HEADER_HEIGHT);
    expect(nodeHeight(3)).toBe(NODE_HEADER_HEIGHT + 3 * FIELD_ROW_HEIGHT);
  });

  it('adds a row for the fold toggle', () => {
    expect(nodeHeight(3, true)).toBe(nodeHeight(4));
  });
});
