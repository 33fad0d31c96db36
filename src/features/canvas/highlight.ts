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
  // readable (WCAG AA). Colours, not a filter: a filter made every dimmed node a layer of its own.
  const dimNode = [
    '--relata-node-header: var(--mantine-color-body);',
    '--relata-node-text: var(--mantine-color-dimmed);',
    '--relata-node-border: var(--mantine-color-default-border);',
  ].join(' ');
  if ('collection' in highlight) {
    const name = quoted(highlight.collection);
    return [
      `${scope} ${edge}:not([data-ends~=${name}]) { ${dimEdge} }`,
      `${scope} .react-flow__node:not([data-near~=${name}]) { ${dimNode} }`,
    ].join('\n');
  }
  const edges = highlight.relationshipIds.map((id) => `:not([data-relationship=${quoted(id)}])`).join('');
  const nodes = highlight.ends.map((id) => `:not([data-id=${quoted(id)}])`).join('');
  return [
    `${scope} ${edge}${edges} { ${dimEdge} }`,
    nodes ? `${scope} .react-flow__node${nodes} { ${dimNode} }` : '',
  ].join('\n');
}
