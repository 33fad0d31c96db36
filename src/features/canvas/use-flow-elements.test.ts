import { describe, expect, it } from 'vitest';
import type { DiagramEdge, DiagramNode } from '../../domain/diagram-types';
import { flowEdgeOf, flowNodeOf } from './use-flow-elements';

const node = (fields: string[]): DiagramNode =>
  ({
    id: 'articles',
    width: 260,
    height: 44 + 26 * fields.length,
    data: { collection: 'articles', fields: fields.map((field) => ({ field })) },
  }) as unknown as DiagramNode;

describe('flowNodeOf', () => {
  it('keeps the previous object while nothing changed', () => {
    const articles = node(['id', 'author']);
    const first = flowNodeOf(articles, { x: 0, y: 0 }, [], false, undefined);
    expect(flowNodeOf(articles, { x: 0, y: 0 }, [], false, first)).toBe(first);
  });

  it('leaves a node drawn for the first time (new data) to React Flow to measure', () => {
    const first = flowNodeOf(node(['id', 'author']), { x: 0, y: 0 }, [], false, undefined);
    expect(first.measured).toBeUndefined();
    expect(first.width).toBe(260);
  });

  it('says a moved or reselected node is measured at its size, so React Flow keeps its handles', () => {
    const articles = node(['id', 'author']);
    const first = flowNodeOf(articles, { x: 0, y: 0 }, [], false, undefined);
    const moved = flowNodeOf(articles, { x: 40, y: 0 }, [], false, first);
    expect(moved).not.toBe(first);
    expect(moved.position).toEqual({ x: 40, y: 0 });
    expect(moved.measured).toEqual({ width: 260, height: 96 });
    const selected = flowNodeOf(articles, { x: 40, y: 0 }, [], true, moved);
    expect(selected.selected).toBe(true);
    expect(selected.measured).toEqual({ width: 260, height: 96 });
  });
});

const cover = (): DiagramEdge => ({
  id: 'articles.cover',
  source: 'articles',
  target: 'directus_files',
  sourceHandle: 'cover',
  targetHandle: null,
  data: {
    relationshipId: 'articles.cover',
    kind: 'file',
    relationKeys: ['articles.cover'],
    label: 'articles.cover → directus_files (file)',
    hiddenRelationKeys: [],
  } as unknown as DiagramEdge['data'],
});

describe('flowEdgeOf', () => {
  it('keeps the previous object while nothing changed, and rebuilds it when the selection does', () => {
    const edge = cover();
    const first = flowEdgeOf(edge, false, false, undefined);
    expect(flowEdgeOf(edge, false, false, first)).toBe(first);
    expect(flowEdgeOf(edge, true, false, first)).toMatchObject({ id: 'articles.cover', selected: true });
  });

  it('follows an edge a collapsed folder redirects to itself under the same data, and back', () => {
    const edge = cover();
    const first = flowEdgeOf(edge, false, false, undefined);
    const folded = {
      ...edge,
      id: 'articles.cover@content→directus_files',
      source: 'content',
      sourceHandle: null,
    };
    const redirected = flowEdgeOf(folded, false, false, first);
    expect(redirected).toMatchObject({
      id: folded.id,
      source: 'content',
      target: 'directus_files',
      sourceHandle: null,
    });
    expect(flowEdgeOf(edge, false, false, redirected)).toMatchObject({
      id: 'articles.cover',
      source: 'articles',
      sourceHandle: 'cover',
    });
  });
});
