import { describe, expect, it } from 'vitest';
import { graphqlLiteral, jsLiteral, jsString, shellQuote } from './literals';

describe('graphqlLiteral', () => {
  it('writes unquoted keys, JSON strings, null and flat arrays', () => {
    expect(graphqlLiteral({ a: 'x "y"', b: null, c: ['p', 'q'], d: 3, e: true, f: undefined })).toBe(
      '{\n  a: "x \\"y\\"",\n  b: null,\n  c: ["p", "q"],\n  d: 3,\n  e: true\n}',
    );
  });

  it('nests with indentation', () => {
    expect(graphqlLiteral({ meta: { one_field: null }, list: [], empty: {} })).toBe(
      '{\n  meta: {\n    one_field: null\n  },\n  list: [],\n  empty: {}\n}',
    );
  });
});

describe('jsLiteral', () => {
  it('uses bare keys where allowed and single-quoted strings', () => {
    expect(jsLiteral({ on_delete: 'SET NULL', 'odd-key': "it's" })).toBe(
      "{\n  on_delete: 'SET NULL',\n  'odd-key': 'it\\'s'\n}",
    );
  });

  it('escapes backslashes and newlines', () => {
    expect(jsString('a\\b\nc')).toBe("'a\\\\b\\nc'");
  });
});

describe('shellQuote', () => {
  it("wraps in single quotes and writes inner quotes as '\\''", () => {
    expect(shellQuote('plain')).toBe("'plain'");
    expect(shellQuote("it's $HOME")).toBe("'it'\\''s $HOME'");
  });
});
