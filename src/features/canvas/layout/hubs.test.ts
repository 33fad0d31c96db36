import { describe, expect, it } from 'vitest';
import { findHubs, withoutNodes } from './hubs';
import type { LayoutGraph } from './types';

const node = (id: string) => ({ id, width: 10, height: 10 });
const graph: LayoutGraph = {
  nodes: ['users', 'a', 'b', 'c'].map(node),
  edges: [
    { id: '1', source: 'a', target: 'users' },
    { id: '2', source: 'b', target: 'users' },
    { id: '3', source: 'c', target: 'users' },
    { id: '4', source: 'users', target: 'users' },
    { id: '5', source: 'a', target: 'ghost' },
    { id: '6', source: 'a', target: 'b' },
  ],
};

describe('findHubs', () => {
  it('finds nodes with at least so many edges, not counting self-loops or unknown ends', () => {
    expect(findHubs(graph, 3)).toEqual(new Set(['users']));
    expect(findHubs(graph, 4)).toEqual(new Set());
    expect(findHubs(graph, 2)).toEqual(new Set(['users', 'a', 'b']));
  });
});

describe('withoutNodes', () => {
  it('drops the nodes and every edge touching them', () => {
    expect(withoutNodes(graph, new Set(['users']))).toEqual({
      nodes: ['a', 'b', 'c'].map(node),
      edges: [graph.edges[4], graph.edges[5]],
    });
    expect(withoutNodes(graph, new Set())).toBe(graph);
  });
});
