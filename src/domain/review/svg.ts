// A small SVG renderer for placed boxes and the edges between them: no DOM, no layout engine,
// a string out. Each state is told by outline and a text badge, and colour only repeats it, so
// the drawing reads in greyscale, in print, and for colour-blind reviewers.

export type Mark = 'added' | 'removed' | 'changed' | 'context';

export interface SvgBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  title: string;
  mark: Mark;
  /** Lines under the title (what changed in it). */
  lines: string[];
}

export interface SvgEdge {
  from: string;
  to: string;
  /** Drawn for marked edges; an unchanged edge stays a bare line, so the changes stand out. */
  label: string;
  mark: Mark;
}

export interface SvgDrawing {
  title: string;
  /** A sentence drawn at the top, e.g. when there is nothing else to draw. */
  note?: string;
  boxes: SvgBox[];
  edges: SvgEdge[];
}

export const FONT_SIZE = 13;
export const LINE_HEIGHT = 18;
export const HEADER_HEIGHT = 30;
const MARGIN = 24;
const LEGEND_HEIGHT = 40;

const STYLE: Record<Mark, { stroke: string; dash: string; width: number; fill: string }> = {
  added: { stroke: '#1a7f37', dash: '8 4', width: 2, fill: '#f0fff4' },
  removed: { stroke: '#cf222e', dash: '2 3', width: 2, fill: '#fff5f5' },
  changed: { stroke: '#9a6700', dash: '', width: 3.5, fill: '#fffbea' },
  context: { stroke: '#8c959f', dash: '', width: 1, fill: '#ffffff' },
};

export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );
}

/** Roughly how wide a line of text is drawn, for sizing boxes without measuring fonts. */
export function textWidth(text: string, size = FONT_SIZE): number {
  return Math.ceil([...text].length * size * 0.62);
}

const n = (value: number) => String(Math.round(value * 10) / 10);

function strokeAttributes(mark: Mark, widthScale = 1): string {
  const s = STYLE[mark];
  const dash = s.dash ? ` stroke-dasharray="${s.dash}"` : '';
  return `stroke="${s.stroke}" stroke-width="${n(s.width * widthScale)}"${dash}`;
}

function box(b: SvgBox): string {
  const s = STYLE[b.mark];
  const badge =
    b.mark === 'context'
      ? ''
      : `<text class="badge" x="${n(b.x + b.width - 8)}" y="${n(b.y + 20)}" text-anchor="end">${b.mark}</text>`;
  const lines = b.lines.map(
    (line, i) =>
      `<text class="line" x="${n(b.x + 10)}" y="${n(b.y + HEADER_HEIGHT + 14 + i * LINE_HEIGHT)}">${escapeXml(line)}</text>`,
  );
  return [
    `<g class="collection ${b.mark}" data-collection="${escapeXml(b.id)}">`,
    `<rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.width)}" height="${n(b.height)}" rx="6" fill="${s.fill}" ${strokeAttributes(b.mark)}/>`,
    `<text class="name${b.mark === 'removed' ? ' struck' : ''}" x="${n(b.x + 10)}" y="${n(b.y + 20)}">${escapeXml(b.title)}</text>`,
    badge,
    ...lines,
    '</g>',
  ].join('');
}

/** Where the line from a box's centre towards a point leaves the box. */
function border(b: SvgBox, towardX: number, towardY: number): [number, number] {
  const cx = b.x + b.width / 2;
  const cy = b.y + b.height / 2;
  const dx = towardX - cx;
  const dy = towardY - cy;
  if (dx === 0 && dy === 0) return [cx, cy];
  const scale = Math.min(
    dx === 0 ? Infinity : b.width / 2 / Math.abs(dx),
    dy === 0 ? Infinity : b.height / 2 / Math.abs(dy),
  );
  return [cx + dx * scale, cy + dy * scale];
}

function edgeLabel(x: number, y: number, text: string): string {
  if (!text) return '';
  return `<text class="edge-label" x="${n(x)}" y="${n(y)}" text-anchor="middle">${escapeXml(text)}</text>`;
}

function edge(e: SvgEdge, boxes: ReadonlyMap<string, SvgBox>): string {
  const from = boxes.get(e.from);
  const to = boxes.get(e.to);
  if (!from || !to) return '';
  const stroke = `${strokeAttributes(e.mark, 0.7)} marker-end="url(#arrow)"`;
  const text = e.mark === 'context' ? '' : e.label;
  if (from === to) {
    // A self-reference: a loop on the box's right side.
    const x = from.x + from.width;
    const y = from.y + HEADER_HEIGHT / 2;
    const loop = `<path d="M${n(x)} ${n(y)} c40 -20 40 40 0 20" fill="none" ${stroke}/>`;
    return `<g class="relation ${e.mark}">${loop}${edgeLabel(x + 34, y - 12, text)}</g>`;
  }
  const [x1, y1] = border(from, to.x + to.width / 2, to.y + to.height / 2);
  const [x2, y2] = border(to, from.x + from.width / 2, from.y + from.height / 2);
  const line = `<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" ${stroke}/>`;
  return `<g class="relation ${e.mark}">${line}${edgeLabel((x1 + x2) / 2, (y1 + y2) / 2 - 4, text)}</g>`;
}

function legend(y: number): string {
  const items: [Mark, string][] = [
    ['added', 'added: dashed outline'],
    ['removed', 'removed: dotted outline, name struck through'],
    ['changed', 'changed: thick outline'],
    ['context', 'unchanged neighbour: thin outline'],
  ];
  let x = MARGIN;
  return items
    .map(([mark, text]) => {
      const item = `<rect x="${n(x)}" y="${n(y)}" width="22" height="14" rx="3" fill="${STYLE[mark].fill}" ${strokeAttributes(mark)}/><text class="legend" x="${n(x + 30)}" y="${n(y + 12)}">${escapeXml(text)}</text>`;
      x += 40 + textWidth(text, 12);
      return item;
    })
    .join('');
}

export function renderSvg(drawing: SvgDrawing): string {
  const right = Math.max(320, ...drawing.boxes.map((b) => b.x + b.width)) + MARGIN;
  const bottom = Math.max(40, ...drawing.boxes.map((b) => b.y + b.height)) + MARGIN;
  const width = Math.max(right, 900);
  const height = bottom + LEGEND_HEIGHT;
  const byId = new Map(drawing.boxes.map((b) => [b.id, b]));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" role="img" aria-labelledby="title">`,
    `<title id="title">${escapeXml(drawing.title)}</title>`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="#57606a"/></marker></defs>',
    `<style>text{font-family:ui-sans-serif,system-ui,-apple-system,"Segoe UI",sans-serif;font-size:${FONT_SIZE}px;fill:#1f2328}.name{font-weight:600}.struck{text-decoration:line-through}.badge{font-size:11px;font-weight:700;letter-spacing:.04em;text-transform:uppercase}.line{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:12px}.edge-label{font-size:11px;fill:#57606a;paint-order:stroke;stroke:#fff;stroke-width:3px}.legend{font-size:12px}</style>`,
    '<rect width="100%" height="100%" fill="#ffffff"/>',
    ...(drawing.note
      ? [`<text class="note" x="${MARGIN}" y="${MARGIN + 8}">${escapeXml(drawing.note)}</text>`]
      : []),
    ...drawing.edges.map((e) => edge(e, byId)),
    ...drawing.boxes.map(box),
    legend(bottom),
    '</svg>',
    '',
  ].join('\n');
}
