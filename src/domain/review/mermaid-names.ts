// Names Mermaid's erDiagram lexer reads as one identifier. Its keyword rules come before the
// identifier rule and the lexer is case-insensitive, so a collection named `end`, `one` or
// `Class`, a field named `uk` (read as a Unique Key marker), a hyphen (read by some versions
// as part of a cardinality) or a leading digit would break the whole diagram.

const RESERVED = new Set([
  'erdiagram',
  'end',
  'class',
  'classdef',
  'style',
  'subgraph',
  'direction',
  'one',
  'many',
  'only',
  'zero',
  'more',
  'to',
  'optionally',
  'title',
  'acctitle',
  'accdescr',
]);

const ATTRIBUTE_KEYS = new Set(['pk', 'fk', 'uk']);

const SAFE = /^[A-Za-z][A-Za-z0-9_]*$/;

function safeWord(name: string, reserved: ReadonlySet<string>, prefix: string): string {
  let word = name.replace(/[^A-Za-z0-9_]/g, '_');
  if (!/^[A-Za-z]/.test(word)) word = `${prefix}${word}`;
  if (reserved.has(word.toLowerCase())) word = `${word}_`;
  return word;
}

/** Whether the name can be written as it is. */
export function isSafeEntityName(name: string): boolean {
  return SAFE.test(name) && !RESERVED.has(name.toLowerCase());
}

/**
 * A unique identifier for each name. Names that are safe keep themselves and are placed first,
 * so a mapped name never takes the identifier of a real one.
 */
export function identifiers(
  names: readonly string[],
  kind: 'entity' | 'attribute' = 'entity',
): Map<string, string> {
  const reserved = kind === 'entity' ? RESERVED : ATTRIBUTE_KEYS;
  const keeps = (name: string) => SAFE.test(name) && !reserved.has(name.toLowerCase());
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const name of names) {
    if (keeps(name) && !ids.has(name)) {
      ids.set(name, name);
      taken.add(name.toLowerCase());
    }
  }
  for (const name of names) {
    if (ids.has(name)) continue;
    const base = safeWord(name, reserved, kind === 'entity' ? 'c_' : 'f_');
    let id = base;
    for (let n = 2; taken.has(id.toLowerCase()); n++) id = `${base}_${n}`;
    ids.set(name, id);
    taken.add(id.toLowerCase());
  }
  return ids;
}

/** A type word: Directus types are safe except geometry subtypes (`geometry.Point`). */
export function typeWord(type: string): string {
  const word = type.replace(/[^A-Za-z0-9_]/g, '_');
  return /^[A-Za-z]/.test(word) ? word : `t_${word}`;
}

/** Text inside Mermaid double quotes: no quote, and for entity labels no %, backslash or line break. */
export function quoted(text: string): string {
  return `"${text.replace(/"/g, "'").replace(/[%\\\r\n\v\b]/g, ' ')}"`;
}
