import { describe, expect, it } from 'vitest';
import { aDemoSchema, cloneSchema } from '../../testing/review-fixtures';
import { toDiagram } from '../diagram';
import { buildModelIndex } from '../model-index';
import type { RelationshipKind } from '../model';
import { compareModels } from './compare';
import { diagramSvg, fit, type EdgeStyle } from './diagram-svg';
import { comparisonMarks, unionOfStates } from './union';

const styles = Object.fromEntries(
  (['m2o', 'o2m', 'm2m', 'm2a', 'translations', 'file', 'files'] as RelationshipKind[]).map((kind) => [
    kind,
    { color: '#495057', width: 1.5 },
  ]),
) as Record<RelationshipKind, EdgeStyle>;

const diagram = toDiagram(buildModelIndex(aDemoSchema()), { showJunctions: false, showSystem: true });
/** A row of nodes 300 apart. */
const positions = Object.fromEntries(diagram.nodes.map((node, i) => [node.id, { x: i * 300, y: 40 }]));
const names = (svg: string) =>
  [...svg.matchAll(/<text class="name[^"]*"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('diagramSvg', () => {
  it('draws every collection of the diagram by name, where the canvas put it', () => {
    const svg = diagramSvg({ title: 'demo', diagram, positions, styles, theme: 'light' });
    expect(names(svg).sort()).toEqual(diagram.nodes.map((n) => n.id).sort());
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="\d+" height="\d+" viewBox="-24 16 /,
    );
    expect(svg).toContain(`<rect x="${positions.articles!.x}" y="40" width="260"`);
    expect(svg).toContain('>articles.author → authors.articles (O2M)</title>');
  });

  it('follows the path the canvas drew, and a straight line otherwise', () => {
    const edge = diagram.edges.find((e) => e.data.relationshipId === 'comments.article')!;
    const svg = diagramSvg({
      title: 'demo',
      diagram,
      positions,
      styles,
      theme: 'light',
      paths: { [edge.id]: 'M 10 20 L 30 20 L 30 80' },
    });
    expect(svg).toContain('<path d="M 10 20 L 30 20 L 30 80"');
    expect(svg).toMatch(/<path d="M[\d.]+ [\d.]+ L[\d.]+ [\d.]+"/);
  });

  it('draws light or dark', () => {
    expect(diagramSvg({ title: 't', diagram, positions, styles, theme: 'light' })).toContain(
      'fill="#ffffff"/>',
    );
    const dark = diagramSvg({ title: 't', diagram, positions, styles, theme: 'dark' });
    expect(dark).toContain('fill="#1a1b1e"/>');
    expect(dark).not.toContain('fill="#ffffff"');
  });

  it('draws only what a frame shows, in the frame', () => {
    const frame = { x: 250, y: 0, width: 400, height: 400 };
    const svg = diagramSvg({ title: 't', diagram, positions, styles, theme: 'light', frame });
    expect(svg).toContain('viewBox="250 0 400 400"');
    const inFrame = diagram.nodes.filter((_, i) => i * 300 < 650 && i * 300 + 260 > 250).map((n) => n.id);
    expect(names(svg).sort()).toEqual(inFrame.sort());
  });

  it('tells marks by outline and text, and marked rows by their text', () => {
    const base = aDemoSchema();
    const head = cloneSchema(base);
    head.collections = head.collections.filter((c) => c.collection !== 'comments');
    const title = head.fields.find((f) => f.collection === 'articles' && f.field === 'title')!;
    title.meta = { ...title.meta, hidden: true };
    const marks = comparisonMarks(compareModels(base, head));
    const marked = toDiagram(buildModelIndex(unionOfStates(base, head)), {
      showJunctions: false,
      showSystem: false,
      marks,
    });
    const at = Object.fromEntries(marked.nodes.map((node, i) => [node.id, { x: i * 300, y: 0 }]));
    const svg = diagramSvg({ title: 't', diagram: marked, positions: at, styles, theme: 'light' });
    expect(svg).toMatch(/<g class="collection removed"[^>]*><rect [^>]*stroke-dasharray="6 4"/);
    expect(svg).toContain('<text class="name struck"');
    expect(svg).toMatch(/<g class="collection changed"/);
    expect(svg).toMatch(/<g class="field" data-mark="changed">.*>changed string<\/text>/);
  });

  it('escapes names, writes long ones whole but squeezed into the box, and cuts long field names', () => {
    expect(fit('a'.repeat(100), 100)).toMatch(/^a+…$/);
    expect(fit('short', 100)).toBe('short');
    const long = 'block_testimonial_slider_items_and_more';
    const wide = toDiagram(
      buildModelIndex({
        collections: [{ collection: long, meta: {}, schema: { name: long } }],
        fields: [],
        relations: [],
      }),
      { showJunctions: false, showSystem: false },
    );
    const squeezed = diagramSvg({ title: 't', diagram: wide, positions: {}, styles, theme: 'light' });
    expect(squeezed).toMatch(
      new RegExp(`textLength="[\\d.]+" lengthAdjust="spacingAndGlyphs">${long}</text>`),
    );
    const odd = toDiagram(
      buildModelIndex({
        collections: [{ collection: 'a<b>&"c', meta: {}, schema: { name: 'x' } }],
        fields: [],
        relations: [],
      }),
      { showJunctions: false, showSystem: false },
    );
    const svg = diagramSvg({ title: '<t>', diagram: odd, positions: {}, styles, theme: 'light' });
    expect(svg).toContain('>a&lt;b&gt;&amp;&quot;c</text>');
    expect(svg).toContain('<title id="title">&lt;t&gt;</title>');
  });

  it('is well formed: every element closed', () => {
    const svg = diagramSvg({ title: 'demo', diagram, positions, styles, theme: 'dark' });
    const opened = [...svg.matchAll(/<([a-z]+)[\s>]/g)].length;
    const selfClosed = [...svg.matchAll(/<([a-z]+)[^<>]*\/>/g)].length;
    const closed = [...svg.matchAll(/<\/([a-z]+)>/g)].length;
    expect(opened).toBe(selfClosed + closed);
  });
});
