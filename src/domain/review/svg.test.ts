import { describe, expect, it } from 'vitest';
import { escapeXml, renderSvg } from './svg';
import type { SvgBox } from './svg';

const box = (id: string, mark: SvgBox['mark'], x: number, lines: string[] = []): SvgBox => ({
  id,
  title: id,
  mark,
  lines,
  x,
  y: 20,
  width: 200,
  height: 30 + lines.length * 18,
});

const drawing = {
  title: 'Data model changes: a → b',
  boxes: [
    box('articles', 'changed', 20, ['~ article: on_delete']),
    box('tags', 'added', 260, ['+ id']),
    box('legacy', 'removed', 500),
    box('authors', 'context', 740),
  ],
  edges: [
    { from: 'tags', to: 'articles', label: 'tags_id (M2M)', mark: 'added' as const },
    { from: 'articles', to: 'authors', label: 'author', mark: 'context' as const },
    { from: 'articles', to: 'articles', label: 'parent', mark: 'changed' as const },
  ],
};

describe('renderSvg', () => {
  const svg = renderSvg(drawing);

  it('writes every collection name as a text element', () => {
    for (const name of ['articles', 'tags', 'legacy', 'authors'])
      expect(svg).toMatch(new RegExp(`<text class="name[^"]*"[^>]*>${name}</text>`));
  });

  it('marks each state by outline and a text badge, not by colour alone', () => {
    expect(svg).toMatch(/<g class="collection added"[^>]*><rect [^>]*stroke-dasharray="8 4"/);
    expect(svg).toMatch(/<g class="collection removed"[^>]*><rect [^>]*stroke-dasharray="2 3"/);
    expect(svg).toMatch(/<g class="collection changed"[^>]*><rect [^>]*stroke-width="3.5"/);
    expect(svg).toContain('<text class="name struck"');
    for (const badge of ['added', 'removed', 'changed'])
      expect(svg).toContain(`text-anchor="end">${badge}</text>`);
    expect(svg).not.toContain('>context</text>');
    expect(svg).toContain('added: dashed outline');
  });

  it('labels changed relations and leaves unchanged ones bare', () => {
    expect(svg).toContain('>tags_id (M2M)</text>');
    expect(svg).not.toContain('>author</text>');
    expect(svg).toContain('>parent</text>');
    expect(svg).toMatch(/<path d="M220 35 c40 -20 40 40 0 20"/);
  });

  it('is well formed: every element closed', () => {
    const opened = [...svg.matchAll(/<([a-z]+)[\s>]/g)].map((m) => m[1]);
    const selfClosed = [...svg.matchAll(/<([a-z]+)[^<>]*\/>/g)].length;
    const closed = [...svg.matchAll(/<\/([a-z]+)>/g)].length;
    expect(opened.length).toBe(selfClosed + closed);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  });

  it('escapes names', () => {
    const odd = renderSvg({ title: '<t>', boxes: [box('a&b<c>"d\'', 'added', 0)], edges: [] });
    expect(odd).toContain('>a&amp;b&lt;c&gt;&quot;d&apos;</text>');
    expect(odd).toContain('data-collection="a&amp;b&lt;c&gt;&quot;d&apos;"');
    expect(odd).toContain('<title id="title">&lt;t&gt;</title>');
    expect(escapeXml('&&')).toBe('&amp;&amp;');
  });

  it('draws a note when there is nothing else', () => {
    expect(renderSvg({ title: 't', note: 'No changes.', boxes: [], edges: [] })).toContain(
      '>No changes.</text>',
    );
  });
});
