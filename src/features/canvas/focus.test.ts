import { describe, expect, it } from 'vitest';
import { neighbourhood, within } from './focus';

import type { Diagram } from '../../domain/diagram-types';

const edge = (source: string, target: string) => ({ source, target }) as Diagram['edges'][number];
const diagram: Diagram = {
  nodes: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }) as Diagram['nodes'][number]),
  edges: [edge('a', 'b'), edge('c', 'b'), edge('c', 'd'), edge('e', 'e')],
};

describe('neighbourhood', () => {
  it('reaches along edges in both directions, one hop at a time', () => {
    expect([...neighbourhood(diagram, 'b', 1)].sort()).toEqual(['a', 'b', 'c']);
    expect([...neighbourhood(diagram, 'b', 2)].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect([...neighbourhood(diagram, 'e', 3)]).toEqual(['e']);
  });

  it('cuts the diagram down to the reached collections', () => {
    const cut = within(diagram, neighbourhood(diagram, 'a', 1));
    expect(cut.nodes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(cut.edges).toHaveLength(1);
  });
});
