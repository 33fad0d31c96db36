import { describe, expect, it } from 'vitest';
import { emptyLayoutDocument, exportLayout, parseLayoutFile, publicDirectusUrl } from './layout-file';
import type { LayoutDocument } from './layout-file';

const doc: LayoutDocument = {
  version: 1,
  positions: { articles: { x: 10, y: -20.5 }, authors: { x: 400, y: 0 } },
  viewport: { x: -100, y: 50, zoom: 0.75 },
  collapsedGroups: ['content'],
  savedAt: '2025-01-02T03:04:05.000Z',
};

describe('exportLayout / parseLayoutFile', () => {
  it('round-trips a document through pretty JSON with a marker and the Directus URL', () => {
    const text = exportLayout(doc, 'https://cms.example.com/');
    expect(text).toContain('\n  "relata": "layout"');
    expect(JSON.parse(text)).toMatchObject({
      relata: 'layout',
      version: 1,
      directusUrl: 'https://cms.example.com',
    });
    expect(parseLayoutFile(text)).toEqual(doc);
  });

  it('never writes credentials, query or fragment of the URL', () => {
    const text = exportLayout(doc, 'https://admin:secret@cms.example.com/api/?access_token=abc#x');
    expect(text).not.toMatch(/secret|access_token|abc|admin/);
    expect(JSON.parse(text).directusUrl).toBe('https://cms.example.com/api');
  });

  it('says when the file is not JSON', () => {
    expect(() => parseLayoutFile('{ nope')).toThrow(/not valid JSON/);
  });

  it('says when the JSON is some other kind of file', () => {
    expect(() => parseLayoutFile('{"collections": []}')).toThrow(/"relata": "layout" marker/);
    expect(() => parseLayoutFile('[1, 2]')).toThrow(/"relata": "layout" marker/);
    expect(() => parseLayoutFile('{"relata": "layout", "version": 2, "positions": {}}')).toThrow(/version 2/);
  });

  it('names the collection whose position is malformed', () => {
    const file = (positions: unknown) => JSON.stringify({ relata: 'layout', version: 1, positions });
    expect(() => parseLayoutFile(file(null))).toThrow(/no "positions" object/);
    expect(() => parseLayoutFile(file({ articles: { x: 1 } }))).toThrow(/"articles"/);
    expect(() => parseLayoutFile(file({ articles: { x: '1', y: 2 } }))).toThrow(/finite numbers/);
    const overflowing = '{"relata":"layout","version":1,"positions":{"articles":{"x":1e400,"y":2}}}';
    expect(() => parseLayoutFile(overflowing)).toThrow(/"articles"/);
  });

  it('checks the viewport and folder names, and defaults what an older file may omit', () => {
    const file = (extra: object) => JSON.stringify({ relata: 'layout', version: 1, positions: {}, ...extra });
    expect(() => parseLayoutFile(file({ viewport: { x: 0, y: 0, zoom: 0 } }))).toThrow(/positive zoom/);
    expect(() => parseLayoutFile(file({ collapsedGroups: [1] }))).toThrow(/collapsedGroups/);
    expect(parseLayoutFile(file({}))).toEqual(emptyLayoutDocument());
  });

  it('keeps a collection called __proto__ as an ordinary key', () => {
    const parsed = parseLayoutFile('{"relata":"layout","version":1,"positions":{"__proto__":{"x":1,"y":2}}}');
    expect(Object.keys(parsed.positions)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(parsed.positions)).toBe(Object.prototype);
  });
});

describe('publicDirectusUrl', () => {
  it('keeps scheme, host, port and path, without trailing slashes', () => {
    expect(publicDirectusUrl(' http://127.0.0.1:8055/ ')).toBe('http://127.0.0.1:8055');
    expect(publicDirectusUrl('not a url?token=1')).toBe('not a url');
  });
});
