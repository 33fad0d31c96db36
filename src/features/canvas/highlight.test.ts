import { beforeAll, describe, expect, it, vi } from 'vitest';
import { highlightCss } from './highlight';

// The browser's CSS.escape, stood in for by one that shows where it was applied.
beforeAll(() => {
  vi.stubGlobal('CSS', { escape: (value: string) => `<${value}>` });
  return () => vi.unstubAllGlobals();
});

describe('highlightCss', () => {
  it('is nothing without a selection', () => {
    expect(highlightCss('.flow', null)).toBe('');
  });

  it('dims, for a collection, the edges that do not touch it and the nodes that are not its neighbours', () => {
    const css = highlightCss('.flow', { collection: 'articles' });
    expect(css).toContain(
      '.flow :is(.react-flow__edge, .relata-overview-edge):not([data-ends~="<articles>"]) { opacity: 0.12; }',
    );
    // The box's and its header's colours: neither a filter (a layer of its own for each node) nor
    // custom properties on the node (every element inside would be styled again).
    expect(css).toContain(
      '.flow .react-flow__node:not([data-near~="<articles>"]) .relata-node { border-color',
    );
    expect(css).toContain(
      '.flow .react-flow__node:not([data-near~="<articles>"]) .relata-node-header { background: var(--mantine-color-body)',
    );
    expect(css).not.toMatch(/filter|--relata/);
  });

  it('dims, for relationships, the other edges and every node but their ends', () => {
    const css = highlightCss('.flow', { relationshipIds: ['a.b', 'c.d'], ends: ['a', 'b'] });
    expect(css).toContain(
      ':not([data-relationship="<a.b>"]):not([data-relationship="<c.d>"]) { opacity: 0.12; }',
    );
    expect(css).toContain(
      '.flow .react-flow__node:not([data-id="<a>"]):not([data-id="<b>"]) .relata-node-header {',
    );
  });

  it('passes every name from Directus through CSS.escape', () => {
    const css = highlightCss('.flow', { relationshipIds: ['x'], ends: ['y'] });
    expect(css).toContain('[data-relationship="<x>"]');
    expect(css).toContain('[data-id="<y>"]');
  });
});
