// Markdown that survives any name a Directus model can hold: names go in code spans whose
// fence outruns any backticks inside; free text has Markdown's inline syntax escaped.

/** `name` as a code span, with a fence longer than any run of backticks in it. */
export function code(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ');
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

// GitHub's Markdown never reads an underscore inside a word as emphasis: `on_delete` stays as is.
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Free text with the characters that start inline Markdown (and HTML) escaped. */
export function escapeMarkdown(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ');
  return flat.replace(/[\\`*[\]<>|~#&_]/g, (c, at: number) =>
    c === '_' && isWordChar(flat[at - 1]) && isWordChar(flat[at + 1]) ? c : `\\${c}`,
  );
}

const MAX_VALUE = 60;

/** A property value: none for null, names as code, lists joined, objects as short JSON. */
export function formatValue(value: unknown, asName = false): string {
  if (value === null || value === undefined) return 'none';
  if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
    return value.length ? value.map((v) => (asName ? code(v) : escapeMarkdown(v))).join(', ') : 'none';
  if (typeof value === 'string') return asName ? code(value) : escapeMarkdown(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const json = JSON.stringify(value);
  return code(json.length > MAX_VALUE ? `${json.slice(0, MAX_VALUE - 1)}…` : json);
}
