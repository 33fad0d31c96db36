// The diagram as it is laid out on the canvas, as a standalone SVG: each collection a box with its
// name, marks and field rows where the canvas put it, each relationship along the path the canvas
// drew (or a straight line when none is known), light or dark. The whole diagram, or only what a
// frame (the part of the canvas on screen) shows. No DOM: a string out, so it is tested as text
// and a PNG is this SVG drawn onto a canvas.
import { FIELD_ROW_HEIGHT, NODE_HEADER_HEIGHT } from '../diagram-layout';
import type { Diagram, DiagramField, DiagramNode, Mark } from '../diagram-types';
import { KIND_LABEL } from '../model';
import type { RelationshipKind } from '../model';
import { escapeXml, textWidth } from './svg';

export type SvgTheme = 'light' | 'dark';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface EdgeStyle {
  color: string;
  dash?: string;
  width: number;
}

export interface DiagramSvgInput {
  title: string;
  diagram: Diagram;
  positions: Readonly<Record<string, { x: number; y: number }>>;
  /** SVG path data per edge id, in diagram coordinates, as the canvas drew it. */
  paths?: Readonly<Record<string, string>>;
  styles: Readonly<Record<RelationshipKind, EdgeStyle>>;
  theme: SvgTheme;
  /** Draw only what this part of the diagram shows (the view on screen). */
  frame?: Box;
}

const MARGIN = 24;
const FONT = 13;

const PALETTE: Record<
  SvgTheme,
  Record<'background' | 'node' | 'header' | 'border' | 'text' | 'dim', string>
> = {
  light: {
    background: '#ffffff',
    node: '#ffffff',
    header: '#f1f3f5',
    border: '#adb5bd',
    text: '#212529',
    dim: '#868e96',
  },
  dark: {
    background: '#1a1b1e',
    node: '#25262b',
    header: '#2c2e33',
    border: '#5c5f66',
    text: '#c1c2c5',
    dim: '#909296',
  },
};

/** Outline per mark: told by the dash and the badge, the colour only repeats it. */
const MARK_STROKE: Record<Mark, { color: string; dash: string; width: number }> = {
  added: { color: '#2b8a3e', dash: '', width: 3 },
  removed: { color: '#c92a2a', dash: '6 4', width: 2 },
  changed: { color: '#d9480f', dash: '2 3', width: 2.5 },
};

const n = (value: number) => String(Math.round(value * 10) / 10);

/** The text cut to fit a width, with an ellipsis. */
export function fit(text: string, width: number, size = FONT): string {
  if (textWidth(text, size) <= width) return text;
  const chars = [...text];
  let keep = chars.length;
  while (keep > 1 && textWidth(`${chars.slice(0, keep).join('')}…`, size) > width) keep -= 1;
  return `${chars.slice(0, keep).join('')}…`;
}

interface Placed extends Box {
  node: DiagramNode;
}

const intersects = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function placed(input: DiagramSvgInput): Placed[] {
  return input.diagram.nodes.map((node) => {
    const at = input.positions[node.id] ?? { x: 0, y: 0 };
    return { node, x: at.x, y: at.y, width: node.width, height: node.height };
  });
}

function bounds(boxes: readonly Box[]): Box {
  if (!boxes.length) return { x: 0, y: 0, width: 320, height: 120 };
  const left = Math.min(...boxes.map((b) => b.x)) - MARGIN;
  const top = Math.min(...boxes.map((b) => b.y)) - MARGIN;
  const right = Math.max(...boxes.map((b) => b.x + b.width)) + MARGIN;
  const bottom = Math.max(...boxes.map((b) => b.y + b.height)) + MARGIN;
  return { x: left, y: top, width: right - left, height: bottom - top };
}

function row(field: DiagramField, box: Box, index: number, theme: SvgTheme): string {
  const p = PALETTE[theme];
  const y = box.y + NODE_HEADER_HEIGHT + FIELD_ROW_HEIGHT * index + FIELD_ROW_HEIGHT * 0.65;
  const keys = [field.isPrimaryKey ? 'PK' : '', field.isForeignKey ? 'FK' : ''].filter(Boolean).join(' ');
  const right = [field.mark ?? '', keys, field.type].filter(Boolean).join(' ');
  const rightWidth = textWidth(right, 11);
  const name = fit(field.field, box.width - rightWidth - 32, 12);
  const mark = field.mark ? ` data-mark="${field.mark}"` : '';
  return [
    `<g class="field"${mark}>`,
    `<text class="field-name" x="${n(box.x + 10)}" y="${n(y)}" fill="${p.text}">${escapeXml(name)}</text>`,
    `<text class="field-type" x="${n(box.x + box.width - 10)}" y="${n(y)}" text-anchor="end" fill="${field.mark ? MARK_STROKE[field.mark].color : p.dim}">${escapeXml(right)}</text>`,
    '</g>',
  ].join('');
}

function nodeSvg({ node, ...box }: Placed, theme: SvgTheme): string {
  const p = PALETTE[theme];
  const { data } = node;
  const mark = data.mark ? MARK_STROKE[data.mark] : null;
  const stroke = mark
    ? `stroke="${mark.color}" stroke-width="${mark.width}"${mark.dash ? ` stroke-dasharray="${mark.dash}"` : ''}`
    : `stroke="${p.border}" stroke-width="1"`;
  const tags = [data.mark ?? '', data.isJunction ? 'junction' : '', data.declared ? '' : 'undeclared'].filter(
    Boolean,
  );
  const tagText = tags.join(' · ');
  // The name is always written whole (an export is searched by name): a long one is squeezed.
  const room = box.width - (tagText ? textWidth(tagText, 10) + 8 : 0) - 20;
  const squeeze =
    textWidth(data.collection, 14) > room ? ` textLength="${n(room)}" lengthAdjust="spacingAndGlyphs"` : '';
  const fold = data.foldedCount
    ? `<text class="fold" x="${n(box.x + 10)}" y="${n(box.y + NODE_HEADER_HEIGHT + FIELD_ROW_HEIGHT * data.fields.length + FIELD_ROW_HEIGHT * 0.65)}" fill="${p.dim}">${data.foldedCount} more field${data.foldedCount === 1 ? '' : 's'}…</text>`
    : '';
  return [
    `<g class="collection${data.mark ? ` ${data.mark}` : ''}" data-collection="${escapeXml(data.collection)}">`,
    `<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" rx="6" fill="${p.node}" ${stroke}/>`,
    `<rect x="${n(box.x + 1)}" y="${n(box.y + 1)}" width="${n(box.width - 2)}" height="${n(NODE_HEADER_HEIGHT - 2)}" rx="5" fill="${p.header}"/>`,
    `<text class="name${data.mark === 'removed' ? ' struck' : ''}" x="${n(box.x + 10)}" y="${n(box.y + NODE_HEADER_HEIGHT / 2 + 5)}" fill="${p.text}"${squeeze}>${escapeXml(data.collection)}</text>`,
    tagText
      ? `<text class="tag" x="${n(box.x + box.width - 10)}" y="${n(box.y + NODE_HEADER_HEIGHT / 2 + 4)}" text-anchor="end" fill="${mark?.color ?? p.dim}">${escapeXml(tagText)}</text>`
      : '',
    ...data.fields.map((field, i) => row(field, box, i, theme)),
    fold,
    '</g>',
  ].join('');
}

/** Where the line from a box's centre towards a point leaves the box. */
function border(b: Box, toward: { x: number; y: number }) {
  const cx = b.x + b.width / 2;
  const cy = b.y + b.height / 2;
  const dx = toward.x - cx;
  const dy = toward.y - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: cy };
  const scale = Math.min(
    dx === 0 ? Infinity : b.width / 2 / Math.abs(dx),
    dy === 0 ? Infinity : b.height / 2 / Math.abs(dy),
  );
  return { x: cx + dx * scale, y: cy + dy * scale };
}

const centre = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/** The coordinate pairs of path data, in order: the middle one sits on the path. */
function pathPoints(d: string): { x: number; y: number }[] {
  const numbers = (d.match(/-?\d*\.?\d+(?:e[-+]?\d+)?/gi) ?? []).map(Number);
  const points: { x: number; y: number }[] = [];
  for (let i = 0; i + 1 < numbers.length; i += 2) points.push({ x: numbers[i]!, y: numbers[i + 1]! });
  return points;
}

function edgeSvg(
  edge: Diagram['edges'][number],
  boxes: ReadonlyMap<string, Placed>,
  input: DiagramSvgInput,
): string {
  const from = boxes.get(edge.source);
  const to = boxes.get(edge.target);
  if (!from || !to) return '';
  const given = input.paths?.[edge.id];
  let d: string;
  let middle: { x: number; y: number };
  if (given) {
    d = given;
    const points = pathPoints(given);
    middle = points[Math.floor(points.length / 2)] ?? centre(from);
  } else if (from === to) {
    const x = from.x + from.width;
    const y = from.y + NODE_HEADER_HEIGHT / 2;
    d = `M${n(x)} ${n(y)} c40 -20 40 40 0 20`;
    middle = { x: x + 30, y };
  } else {
    const a = border(from, centre(to));
    const b = border(to, centre(from));
    d = `M${n(a.x)} ${n(a.y)} L${n(b.x)} ${n(b.y)}`;
    middle = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  }
  const style = input.styles[edge.data.kind];
  const { mark } = edge.data;
  const dash = mark === 'removed' ? '2 4' : style.dash;
  const label = `${edge.data.junctionPart ? 'M2O' : KIND_LABEL[edge.data.kind]}${mark ? ` · ${mark}` : ''}`;
  const p = PALETTE[input.theme];
  return [
    `<g class="relation${mark ? ` ${mark}` : ''}" data-relationship="${escapeXml(edge.data.relationshipId)}">`,
    `<title>${escapeXml(edge.data.label)}${mark ? ` (${mark})` : ''}</title>`,
    `<path d="${escapeXml(d)}" fill="none" stroke="${style.color}" stroke-width="${style.width}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
    `<text class="edge-label" x="${n(middle.x)}" y="${n(middle.y + 4)}" text-anchor="middle" fill="${style.color}" stroke="${p.background}" stroke-width="3" paint-order="stroke">${escapeXml(label)}</text>`,
    '</g>',
  ].join('');
}

export function diagramSvg(input: DiagramSvgInput): string {
  const all = placed(input);
  const shown = input.frame ? all.filter((b) => intersects(b, input.frame!)) : all;
  const box = input.frame ?? bounds(shown);
  const byId = new Map(shown.map((b) => [b.node.id, b]));
  const p = PALETTE[input.theme];
  const edges = input.diagram.edges.filter((e) => byId.has(e.source) && byId.has(e.target));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(box.width)}" height="${n(box.height)}" viewBox="${n(box.x)} ${n(box.y)} ${n(box.width)} ${n(box.height)}" role="img" aria-labelledby="title">`,
    `<title id="title">${escapeXml(input.title)}</title>`,
    `<style>text{font-family:ui-sans-serif,system-ui,-apple-system,"Segoe UI",sans-serif;font-size:${FONT}px}.name{font-weight:600;font-size:14px}.struck{text-decoration:line-through}.tag{font-size:10px;font-weight:700;text-transform:uppercase;letter-spacing:.04em}.field-name{font-size:12px}.field-type,.fold{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:11px}.edge-label{font-size:11px;font-weight:600}</style>`,
    `<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" fill="${p.background}"/>`,
    ...edges.map((e) => edgeSvg(e, byId, input)),
    ...shown.map((b) => nodeSvg(b, input.theme)),
    '</svg>',
    '',
  ].join('\n');
}
