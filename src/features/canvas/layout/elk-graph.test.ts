import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { fromElkGraph, LAYERED_OPTIONS, toElkGraph } from './elk-graph';
import type { LayoutGraph } from './types';

const graph: LayoutGraph = {
  nodes: [
    { id: 'articles', width: 260, height: 122, ports: [{ id: 'author', side: 'right', y: 57 }] },
    { id: 'authors', width: 260, height: 70 },
  ],
  edges: [
    { id: 'articles.author', source: 'articles', target: 'authors', sourcePort: 'author', targetPort: null },
    { id: 'articles.editor', source: 'articles', target: 'authors', sourcePort: 'editor' },
    { id: 'dangling', source: 'articles', target: 'gone' },
  ],
};

describe('toElkGraph', () => {
  it('gives ELK index ids, fixed ports at field rows and edges from ports where they exist', () => {
    const elkGraph = toElkGraph(graph);
    expect(elkGraph.layoutOptions).toEqual(LAYERED_OPTIONS);
    expect(elkGraph.children).toEqual([
      {
        id: 'n0',
        width: 260,
        height: 122,
        ports: [
          { id: 'n0p0', x: 260, y: 57, width: 0, height: 0, layoutOptions: { 'elk.port.side': 'EAST' } },
        ],
        layoutOptions: { 'elk.portConstraints': 'FIXED_POS' },
      },
      { id: 'n1', width: 260, height: 70 },
    ]);
    // An unknown port attaches to the node; an edge to an unknown node is left out.
    expect(elkGraph.edges).toEqual([
      { id: 'e0', sources: ['n0p0'], targets: ['n1'] },
      { id: 'e1', sources: ['n0'], targets: ['n1'] },
    ]);
  });

  it('puts left ports on the left border and takes other port constraints and options', () => {
    const left: LayoutGraph = {
      nodes: [{ id: 'a', width: 100, height: 50, ports: [{ id: 'p', side: 'left', y: 20 }] }],
      edges: [],
    };
    const elkGraph = toElkGraph(left, {
      portConstraints: 'FIXED_ORDER',
      layoutOptions: { 'elk.direction': 'DOWN' },
    });
    expect(elkGraph.children?.[0]?.ports?.[0]).toMatchObject({
      x: 0,
      y: 20,
      layoutOptions: { 'elk.port.side': 'WEST' },
    });
    expect(elkGraph.children?.[0]?.layoutOptions).toEqual({ 'elk.portConstraints': 'FIXED_ORDER' });
    expect(elkGraph.layoutOptions?.['elk.direction']).toBe('DOWN');
  });
});

describe('fromElkGraph', () => {
  it('maps positions and section points back to the graph ids', () => {
    const laidOut = {
      id: 'root',
      children: [
        { id: 'n0', x: 0, y: 10 },
        { id: 'n1', x: 400, y: 0 },
      ],
      edges: [
        {
          id: 'e0',
          sources: ['n0p0'],
          targets: ['n1'],
          sections: [
            {
              id: 's',
              startPoint: { x: 260, y: 67 },
              bendPoints: [
                { x: 330, y: 67 },
                { x: 330, y: 35 },
              ],
              endPoint: { x: 400, y: 35 },
            },
          ],
        },
        { id: 'e1', sources: ['n0'], targets: ['n1'], sections: [] },
      ],
    };
    expect(fromElkGraph(graph, laidOut)).toEqual({
      positions: { articles: { x: 0, y: 10 }, authors: { x: 400, y: 0 } },
      routes: {
        'articles.author': [
          { x: 260, y: 67 },
          { x: 330, y: 67 },
          { x: 330, y: 35 },
          { x: 400, y: 35 },
        ],
      },
    });
  });

  it('round-trips through ELK: the edge leaves its field row on the right border', async () => {
    const result = fromElkGraph(graph, await new ELK().layout(toElkGraph(graph)));
    const articles = result.positions.articles;
    const route = result.routes['articles.author'];
    expect(articles && route?.[0]).toEqual({ x: (articles?.x ?? 0) + 260, y: (articles?.y ?? 0) + 57 });
    expect(Object.keys(result.routes).sort()).toEqual(['articles.author', 'articles.editor']);
  });
});
