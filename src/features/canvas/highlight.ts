// Highlighting the selection without re-rendering the diagram: every edge carries its ends and
// its relationship as DOM attributes, and one generated style rule dims everything else. Edges
// are React Flow's, or a large diagram's overview lines (OverviewEdges).
// Names come from Directus: they are CSS-escaped inside quoted attribute selectors.

const quoted = (value: string) => `"${CSS.escape(value)}"`;

export type Highlight = { collection: string } | { relationshipIds: string[]; ends: string[] } | null;

export function highlightCss(scope: string, highlight: Highlight): string {
  if (!highlight) return '';
  const edge = ':is(.react-flow__edge, .relata-overview-edge)';
  const dimEdge = 'opacity: 0.12;';
  // Dimmed nodes lose their colour, not their contrast: dimmed text on the body colour stays
  // readable (WCAG AA). Colours of the box and its header (CollectionNode's relata-node and
  // relata-node-header), not a filter, which made every dimmed node a layer of its own to paint;
  // and not custom properties on the node, which every element inside it would inherit and be
  // styled again for.
  const dimNode = (nodes: string) =>
    [
      `${nodes} .relata-node { border-color: var(--mantine-color-default-border); color: var(--mantine-color-dimmed); }`,
      `${nodes} .relata-node-header { background: var(--mantine-color-body); color: var(--mantine-color-dimmed); }`,
    ].join('\n');
  if ('collection' in highlight) {
    const name = quoted(highlight.collection);
    return [
      `${scope} ${edge}:not([data-ends~=${name}]) { ${dimEdge} }`,
      dimNode(`${scope} .react-flow__node:not([data-near~=${name}])`),
    ].join('\n');
  }
  const edges = highlight.relationshipIds.map((id) => `:not([data-relationship=${quoted(id)}])`).join('');
  const nodes = highlight.ends.map((id) => `:not([data-id=${quoted(id)}])`).join('');
  return [
    `${scope} ${edge}${edges} { ${dimEdge} }`,
    nodes ? dimNode(`${scope} .react-flow__node${nodes}`) : '',
  ].join('\n');
}
