import { describe, expect, it } from 'vitest';
import type { DiagramNode } from '../../domain/diagram-types';
import { flowNodeOf } from './use-flow-elements';

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
