import { describe, expect, it } from 'vitest';
import { FIELD_ROW_HEIGHT, NODE_HEADER_HEIGHT } from '../../domain/diagram-layout';
import type { DiagramEdge, DiagramNode } from '../../domain/diagram-types';
import { KIND_STYLE, markerId } from './kind-style';
import { edgeEnds, edgeMarkers, edgePath, edgeStroke } from './overview-edges';

const field = (name: string) =>
  ({
    field: name,
    type: 'integer',
    isPrimaryKey: false,
    isForeignKey: true,
    isAlias: false,
    relational: true,
  }) as const;
const node = (id: string, fields: string[]): DiagramNode =>
  ({
    id,
    width: 260,
    height: 200,
    data: { collection: id, fields: fields.map(field) },
  }) as unknown as DiagramNode;
const articles = node('articles', ['id', 'title', 'author']);
const authors = node('authors', ['id']);
const data = (overrides: Partial<DiagramEdge['data']> = {}): DiagramEdge['data'] => ({
  relationshipId: 'articles.author',
  kind: 'm2o',
  relationKeys: ['articles.author'],
  label: 'articles.author → authors (M2O)',
  junctionPart: false,
  hiddenRelationKeys: [],
  mark: null,
  ...overrides,
});

describe('edgeEnds', () => {
  it('leaves from the outer side of the field row’s handle and enters the middle of the left side', () => {
    const { from, to } = edgeEnds({ sourceHandle: 'author' }, articles, { x: 100, y: 50 }, authors, {
      x: 800,
      y: 300,
    });
    // author is the third row; handles are 8 px wide, centred on the border.
    expect(from).toEqual({ x: 100 + 260 + 4, y: 50 + NODE_HEADER_HEIGHT + FIELD_ROW_HEIGHT * 2.5 });
    expect(to).toEqual({ x: 800 - 4, y: 300 + 100 });
  });

  it('leaves from the middle of the right side without a field handle', () => {
    const { from } = edgeEnds({ sourceHandle: null }, articles, { x: 0, y: 0 }, authors, { x: 0, y: 0 });
    expect(from).toEqual({ x: 264, y: 100 });
    const unknown = edgeEnds({ sourceHandle: 'gone' }, articles, { x: 0, y: 0 }, authors, { x: 0, y: 0 });
    expect(unknown.from).toEqual({ x: 264, y: 100 });
  });
});

describe('edgePath', () => {
  const from = { x: 0, y: 0 };
  const to = { x: 300, y: 100 };

  it('follows the layout’s route while the ends are where it left them', () => {
    const route = (id: string) =>
      id === 'e'
        ? [
            { x: 0, y: 0 },
            { x: 150, y: 0 },
            { x: 150, y: 100 },
            { x: 300, y: 100 },
          ]
        : null;
    expect(edgePath('e', from, to, route)).toBe('M 0 0 L 150 0 L 150 100 L 300 100');
  });

  it('falls back to a smooth step from one end to the other', () => {
    // React Flow's own path, as its edges draw it without a route.
    expect(edgePath('other', from, to, () => null)).toBe(
      'M0 0L 142,0Q 150,0 150,8L 150,92Q 150,100 158,100L300 100',
    );
  });
});

describe('edgeMarkers and edgeStroke', () => {
  it('ends a junction’s own relation as a many-to-one, whatever the kind', () => {
    const color = KIND_STYLE.m2m.color;
    expect(edgeMarkers(data({ kind: 'm2m' }))).toEqual({
      start: markerId('many', color),
      end: markerId('many', color),
    });
    expect(edgeMarkers(data({ kind: 'm2m', junctionPart: true }))).toEqual({
      start: markerId('many', color),
      end: markerId('one', color),
    });
  });

  it('draws a selected line thicker and a removed one dotted and faded', () => {
    expect(edgeStroke(data(), true).strokeWidth).toBe(KIND_STYLE.m2o.width + 1.5);
    expect(edgeStroke(data(), false).strokeWidth).toBe(KIND_STYLE.m2o.width);
    expect(edgeStroke(data({ mark: 'removed' }), false)).toMatchObject({
      strokeDasharray: '2 4',
      opacity: 0.6,
    });
    expect(edgeStroke(data({ kind: 'file' }), false).strokeDasharray).toBe(KIND_STYLE.file.dash);
  });
});
