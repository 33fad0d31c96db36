import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { overlappingPairs } from '../../../testing/geometry';
import { syntheticModel } from '../../../testing/synthetic';
import { boundingBox, type Box } from './boxes';
import { computeLayout } from './compute-layout';
import { corpusAvailable } from '../../../testing/real-schemas';
import { loadRealSchemaAnywhere, schemaToLayoutGraph } from './fixtures';
import { findHubs, HUB_MIN_DEGREE } from './hubs';
import type { LayoutGraph, LayoutProgress, LayoutResult, XY } from './types';

const elk = new ELK();
const TOLERANCE = 3;

function boxOf(graph: LayoutGraph, result: LayoutResult, id: string): Box {
  const node = graph.nodes.find((n) => n.id === id);
  const position = result.positions[id];
  if (!node || !position) throw new Error(`no box for ${id}`);
  return { ...position, width: node.width, height: node.height };
}

function onBorder(p: XY, b: Box): boolean {
  const near = (a: number, c: number) => Math.abs(a - c) <= TOLERANCE;
  const inX = p.x >= b.x - TOLERANCE && p.x <= b.x + b.width + TOLERANCE;
  const inY = p.y >= b.y - TOLERANCE && p.y <= b.y + b.height + TOLERANCE;
  return (
    (inY && (near(p.x, b.x) || near(p.x, b.x + b.width))) ||
    (inX && (near(p.y, b.y) || near(p.y, b.y + b.height)))
  );
}

/** The checks every finished layout must pass; returns the edges without a route. */
function expectSoundLayout(graph: LayoutGraph, result: LayoutResult): string[] {
  expect(Object.keys(result.positions).sort()).toEqual(graph.nodes.map((n) => n.id).sort());
  const boxes = graph.nodes.map((n) => boxOf(graph, result, n.id));
  expect(overlappingPairs(boxes)).toEqual([]);
  const unrouted: string[] = [];
  for (const edge of graph.edges) {
    const route = result.routes[edge.id];
    if (!route) {
      unrouted.push(edge.id);
      continue;
    }
    expect(route.length, edge.id).toBeGreaterThanOrEqual(2);
    const start = route[0] as XY;
    const end = route[route.length - 1] as XY;
    const source = boxOf(graph, result, edge.source);
    expect(onBorder(start, source), `${edge.id} starts on ${edge.source}`).toBe(true);
    expect(onBorder(end, boxOf(graph, result, edge.target)), `${edge.id} ends on ${edge.target}`).toBe(true);
    const port = graph.nodes.find((n) => n.id === edge.source)?.ports?.find((p) => p.id === edge.sourcePort);
    if (port) {
      expect(Math.abs(start.y - (source.y + port.y)), `${edge.id} leaves its field row`).toBeLessThanOrEqual(
        TOLERANCE,
      );
      expect(
        Math.abs(start.x - (source.x + source.width)),
        `${edge.id} leaves on the right`,
      ).toBeLessThanOrEqual(TOLERANCE);
    }
  }
  return unrouted;
}

describe('computeLayout', () => {
  const synthetic = schemaToLayoutGraph(syntheticModel({ collections: 60, relations: 150, seed: 4 }));

  it('lays out a 60-collection model without overlaps, routing every edge between its nodes', async () => {
    const result = await computeLayout(synthetic, elk, { hubMinDegree: Infinity });
    expect(expectSoundLayout(synthetic, result)).toEqual([]);
  });

  it('sets hubs aside: no overlaps, every edge routed except the hubs’ own', async () => {
    const hubs = findHubs(synthetic, HUB_MIN_DEGREE);
    expect([...hubs]).toEqual(['directus_users']);
    const result = await computeLayout(synthetic, elk);
    const hubEdges = synthetic.edges.filter((e) => hubs.has(e.source) || hubs.has(e.target)).map((e) => e.id);
    expect(expectSoundLayout(synthetic, result)).toEqual(hubEdges);
    const hub = boxOf(synthetic, result, 'directus_users');
    const others = synthetic.nodes
      .filter((n) => n.id !== 'directus_users')
      .map((n) => boxOf(synthetic, result, n.id));
    expect(others.every((b) => b.x + b.width < hub.x)).toBe(true);
  });

  it.skipIf(!corpusAvailable)('lays out AgencyOS soundly (corpus)', async () => {
    const graph = schemaToLayoutGraph(loadRealSchemaAnywhere('agencyos-snapshot-2024'));
    const result = await computeLayout(graph, elk);
    const unrouted = expectSoundLayout(graph, result);
    expect(unrouted.length).toBe(graph.edges.filter((e) => e.target === 'directus_users').length);
  });

  it('lays a large component out about as wide as a screen, not as a tall strip', async () => {
    const large = schemaToLayoutGraph(syntheticModel({ collections: 250, relations: 750, seed: 2 }));
    const result = await computeLayout(large, elk);
    expectSoundLayout(large, result);
    const bounds = boundingBox(large.nodes.map((n) => boxOf(large, result, n.id)))!;
    // With ELK's default node placement this model came out 2.5 times as tall as wide.
    expect(bounds.width / bounds.height).toBeGreaterThan(1);
    expect(bounds.width / bounds.height).toBeLessThan(4);
  }, 60_000);

  it('reports progress in nodes, ending with done', async () => {
    const events: LayoutProgress[] = [];
    await computeLayout(synthetic, elk, { onProgress: (p) => events.push(p) });
    expect(events[0]).toEqual({ done: 0, total: synthetic.nodes.length, phase: 'components' });
    expect(events.at(-1)).toEqual({
      done: synthetic.nodes.length,
      total: synthetic.nodes.length,
      phase: 'done',
    });
    expect(events.every((e, i) => i === 0 || e.done >= (events[i - 1]?.done ?? 0))).toBe(true);
  });

  it('packs components and unconnected nodes without overlaps', async () => {
    const node = (id: string) => ({ id, width: 200, height: 100 });
    const graph: LayoutGraph = {
      nodes: ['a', 'b', 'c', 'd', 'e', 'f', 'lonely1', 'lonely2'].map(node),
      edges: [
        { id: 'ab', source: 'a', target: 'b' },
        { id: 'cd', source: 'c', target: 'd' },
        { id: 'de', source: 'd', target: 'e' },
        { id: 'ff', source: 'f', target: 'f' },
      ],
    };
    expect(expectSoundLayout(graph, await computeLayout(graph, elk))).toEqual([]);
    expect(await computeLayout({ nodes: [], edges: [] }, elk)).toEqual({ positions: {}, routes: {} });
  });

  it('stops between components when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(computeLayout(synthetic, elk, { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});
