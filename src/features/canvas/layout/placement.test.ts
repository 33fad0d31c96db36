import { describe, expect, it } from 'vitest';
import { overlappingPairs } from '../../../testing/geometry';
import { boxesOf, overlaps } from './boxes';
import { GAP, MARGIN, placeBlock, placeNear, provisionalPlacement, reconcilePositions } from './placement';
import type { LayoutGraph, LayoutNode, Size, XY } from './types';

const node = (id: string, width = 200, height = 100): LayoutNode => ({ id, width, height });
const edge = (source: string, target: string, n = 0) => ({ id: `${source}-${target}-${n}`, source, target });
const sizesOf = (nodes: LayoutNode[]): Record<string, Size> =>
  Object.fromEntries(nodes.map((n) => [n.id, { width: n.width, height: n.height }]));
const boxes = (positions: Record<string, XY>, nodes: LayoutNode[]) => boxesOf(positions, sizesOf(nodes));

describe('provisionalPlacement', () => {
  it('places nodes of mixed sizes in about √n columns without overlaps', () => {
    const nodes = Array.from({ length: 23 }, (_, i) =>
      node(`n${i}`, 150 + ((i * 37) % 200), 44 + ((i * 53) % 400)),
    );
    const positions = provisionalPlacement(nodes);
    expect(Object.keys(positions)).toHaveLength(23);
    expect(overlappingPairs(boxes(positions, nodes))).toEqual([]);
    expect(new Set(Object.values(positions).map((p) => p.x)).size).toBe(5);
  });

  it('puts the node with most edges in the centre cell', () => {
    const nodes = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'hub'].map((id) => node(id));
    const edges = ['a', 'b', 'c'].map((id) => edge(id, 'hub'));
    const positions = provisionalPlacement(nodes, edges);
    expect(positions.hub).toEqual({ x: 200 + GAP, y: 100 + GAP });
  });

  it('is deterministic and empty for no nodes', () => {
    const nodes = [node('a'), node('b', 300, 50), node('c')];
    expect(provisionalPlacement(nodes)).toEqual(provisionalPlacement(nodes));
    expect(provisionalPlacement([])).toEqual({});
  });
});

describe('reconcilePositions', () => {
  it('keeps existing collections, drops removed ones and lists those without a position', () => {
    const saved = { kept: { x: 1, y: 2 }, removed: { x: 3, y: 4 }, broken: { x: NaN, y: 0 } };
    const graph = { nodes: [node('kept'), node('added'), node('broken')] };
    expect(reconcilePositions(saved, graph)).toEqual({
      positions: { kept: { x: 1, y: 2 } },
      missing: ['added', 'broken'],
    });
  });

  it('ignores inherited keys such as toString', () => {
    expect(reconcilePositions({}, { nodes: [node('toString')] }).missing).toEqual(['toString']);
  });
});

describe('placeNear', () => {
  const nodes = [node('a'), node('b'), node('c'), node('new')];
  const positions = { a: { x: 0, y: 0 }, b: { x: 600, y: 0 }, c: { x: 0, y: 400 } };

  it('puts a new node right of the neighbour it has most edges with, moving nothing else', () => {
    const graph: LayoutGraph = { nodes, edges: [edge('new', 'a'), edge('new', 'c'), edge('c', 'new', 1)] };
    const result = placeNear(positions, graph, ['new']);
    expect(result).toMatchObject(positions);
    expect(result.new).toEqual({ x: 200 + GAP, y: 400 });
  });

  it('finds free space when the spot beside the neighbour is taken', () => {
    const crowded = { ...positions, d: { x: 200 + GAP, y: 0 } };
    const graph: LayoutGraph = { nodes: [...nodes, node('d')], edges: [edge('new', 'a')] };
    const result = placeNear(crowded, graph, ['new']);
    expect(result).toMatchObject(crowded);
    const placed = boxes(result, graph.nodes);
    const added = placed.find((b) => b.x === result.new?.x && b.y === result.new?.y);
    expect(placed.filter((b) => b !== added && added && overlaps(b, added, MARGIN))).toEqual([]);
  });

  it('puts a node without placed neighbours right of the drawing, and its new neighbours near it', () => {
    const graph: LayoutGraph = { nodes: [...nodes, node('friend')], edges: [edge('friend', 'new')] };
    const result = placeNear(positions, graph, ['friend', 'new']);
    expect(result.friend).toEqual({ x: 800 + GAP, y: 0 });
    expect(result.new).toEqual({ x: 1000 + 2 * GAP, y: 0 });
  });

  it('never overlaps anything when many nodes arrive at once', () => {
    const many = Array.from({ length: 40 }, (_, i) => node(`m${i}`, 180 + (i % 3) * 40, 70 + (i % 5) * 26));
    const graph: LayoutGraph = {
      nodes: [...nodes, ...many],
      edges: many.map((m, i) => edge(m.id, ['a', 'b', 'c', `m${i - 1}`][i % 4] ?? 'a')),
    };
    const result = placeNear(
      positions,
      graph,
      many.map((m) => m.id),
    );
    expect(Object.keys(result)).toHaveLength(3 + 40);
    expect(overlappingPairs(boxes(result, graph.nodes))).toEqual([]);
  });

  it('places into an empty drawing from the origin and ignores unknown ids', () => {
    const result = placeNear({}, { nodes: [node('x')], edges: [] }, ['x', 'ghost']);
    expect(result).toEqual({ x: { x: 0, y: 0 } });
  });
});

describe('placeBlock', () => {
  const nodes = [node('a'), node('b'), node('outside'), node('far')];
  const sizes = sizesOf(nodes);
  const all = { a: { x: 0, y: 0 }, b: { x: 0, y: 300 }, outside: { x: 600, y: 0 }, far: { x: 0, y: 2000 } };

  it('moves the block so its top-left is at the anchor when that is free', () => {
    const block = { a: { x: 1000, y: 1000 }, b: { x: 1000 + 200 + GAP, y: 1000 } };
    expect(placeBlock(all, sizes, block, { x: 0, y: 0 })).toEqual({
      ...all,
      a: { x: 0, y: 0 },
      b: { x: 200 + GAP, y: 0 },
    });
  });

  it('slides right past a node outside the block when that is the shorter move', () => {
    const tall = { ...sizes, outside: { width: 200, height: 1000 } };
    const others = { ...all, outside: { x: 150, y: 0 } };
    const block = { a: { x: 0, y: 0 }, b: { x: 0, y: 250 } };
    const result = placeBlock(others, tall, block, { x: 0, y: 0 });
    expect(result.a).toEqual({ x: 350 + MARGIN, y: 0 });
    expect(result.b).toEqual({ x: 350 + MARGIN, y: 250 });
    expect(result.outside).toEqual(others.outside);
  });

  it('slides down instead when that is the shorter move', () => {
    const wide = { ...sizes, outside: { width: 2000, height: 100 } };
    const others = { ...all, outside: { x: 150, y: 0 } };
    const block = { a: { x: 0, y: 0 }, b: { x: 0, y: 250 } };
    const result = placeBlock(others, wide, block, { x: 0, y: 0 });
    expect(result.a).toEqual({ x: 0, y: 100 + MARGIN });
    expect(overlappingPairs(boxesOf(result, wide))).toEqual([]);
  });
});
