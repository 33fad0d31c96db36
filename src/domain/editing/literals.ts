// Writes plain JSON-like values as source text: GraphQL input literals and JavaScript object
// literals, indented two spaces like the rest of Relata's code.

type KeyWriter = (key: string) => string;
type StringWriter = (value: string) => string;

function write(value: unknown, indent: string, key: KeyWriter, str: StringWriter): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return str(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    const items = value.map((item: unknown) => write(item, inner, key, str));
    const flat = value.every((item: unknown) => item === null || typeof item !== 'object');
    if (items.length === 0) return '[]';
    return flat ? `[${items.join(', ')}]` : `[\n${items.map((i) => `${inner}${i}`).join(',\n')}\n${indent}]`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    const lines = entries.map(([k, v]) => `${inner}${key(k)}: ${write(v, inner, key, str)}`);
    return `{\n${lines.join(',\n')}\n${indent}}`;
  }
  throw new TypeError(`Cannot write a ${typeof value} as a literal.`);
}

/** GraphQL input values: unquoted keys, JSON strings (GraphQL shares their escapes), null. */
export function graphqlLiteral(value: unknown, indent = ''): string {
  return write(
    value,
    indent,
    (k) => k,
    (s) => JSON.stringify(s),
  );
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function jsString(value: string): string {
  const escaped = value
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r');
  return `'${escaped.replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')}'`;
}

/** A JavaScript object literal: bare keys where allowed, single-quoted strings. */
export function jsLiteral(value: unknown, indent = ''): string {
  return write(value, indent, (k) => (IDENTIFIER.test(k) ? k : jsString(k)), jsString);
}

/** One POSIX shell word: single quotes, each inner quote written as '\''. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
