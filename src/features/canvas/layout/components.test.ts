import { describe, expect, it } from 'vitest';
import { splitComponents } from './components';
import type { LayoutGraph } from './types';

const node = (id: string) => ({ id, width: 10, height: 10 });
const edge = (source: string, target: string) => ({ id: `${source}-${target}`, source, target });

describe('splitComponents', () => {
  it('groups nodes joined by edges in either direction, largest component first', () => {
    const graph: LayoutGraph = {
      nodes: ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map(node),
      edges: [edge('a', 'b'), edge('d', 'e'), edge('f', 'e'), edge('e', 'g')],
    };
    const { components, isolated } = splitComponents(graph);
    expect(components.map((c) => c.nodes.map((n) => n.id))).toEqual([
      ['d', 'e', 'f', 'g'],
      ['a', 'b'],
    ]);
    expect(components.map((c) => c.edges.map((e) => e.id))).toEqual([['d-e', 'f-e', 'e-g'], ['a-b']]);
    expect(isolated.map((n) => n.id)).toEqual(['c']);
  });

  it('keeps self-loops with their node and drops edges to unknown nodes', () => {
    const { components, isolated } = splitComponents({
      nodes: [node('a'), node('b')],
      edges: [edge('a', 'a'), edge('b', 'gone')],
    });
    expect(components).toEqual([{ nodes: [node('a')], edges: [edge('a', 'a')] }]);
    expect(isolated).toEqual([node('b')]);
  });

  it('handles a long chain (path compression keeps it linear)', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `n${i}`);
    const { components } = splitComponents({
      nodes: ids.map(node),
      edges: ids.slice(1).map((id, i) => edge(ids[i] ?? '', id)),
    });
    expect(components).toHaveLength(1);
    expect(components[0]?.nodes).toHaveLength(5000);
  });

  it('returns nothing for an empty graph', () => {
    expect(splitComponents({ nodes: [], edges: [] })).toEqual({ components: [], isolated: [] });
  });
});
