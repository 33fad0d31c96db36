// Reads a Directus schema snapshot with no server: the file `npx directus schema snapshot`
// writes (JSON, or YAML with --format yaml), the API's `{ data: … }` answer from
// GET /schema/snapshot, and the directus-template-cli folder form (collections.json,
// fields.json and relations.json side by side).
import { parse as parseYaml } from 'yaml';
import type { DirectusSchema } from '../directus-types';
import { checkList, describeValue, isObject, ItemProblem } from './snapshot-items';

export type SnapshotFormat = 'json' | 'yaml';

/** Index flags on Directus's own fields (Directus 11+); kept so an export does not drop them. */
export interface SnapshotSystemField {
  collection: string;
  field: string;
  schema: { is_indexed?: boolean; [key: string]: unknown };
}

export interface ParsedSnapshot {
  schema: DirectusSchema;
  /** The Directus version that wrote the file, as written (some files carry package versions). */
  directus: string | null;
  vendor: string | null;
  format: SnapshotFormat;
  systemFields: SnapshotSystemField[];
}

/** Why a file is not a snapshot Relata can read, in words a person can act on. */
export class SnapshotError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SnapshotError';
  }
}

const LISTS = ['collections', 'fields', 'relations'] as const;

export function parseSnapshot(text: string, fileName?: string): ParsedSnapshot {
  const source = fileName ?? 'The snapshot';
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw new SnapshotError(`${source} is empty.`);
  const format = formatOf(body, fileName);
  // Without a .json/.yaml name the format is a guess from the text: the error says both.
  const guessed = !fileName || !/\.(json|ya?ml)$/i.test(fileName);
  const value = format === 'json' ? readJson(body, source) : readYaml(body, source, guessed);
  return fromValue(unwrap(value), format, source);
}

export interface SnapshotParts {
  collections: unknown;
  fields: unknown;
  relations: unknown;
}

/** The directus-template-cli form: the three lists, each already read from its own file. */
export function parseSnapshotParts(parts: SnapshotParts, sourceName = 'The template files'): ParsedSnapshot {
  for (const list of LISTS) {
    if (!Array.isArray(parts[list]))
      throw new SnapshotError(
        `${sourceName}: ${list}.json must hold a list, found ${describeValue(parts[list])}.`,
      );
  }
  return fromValue({ ...parts }, 'json', sourceName);
}

/** The template-cli folder form from the three files' texts; errors name the file. */
export function parseTemplateFiles(
  texts: Record<keyof SnapshotParts, string>,
  folderName = 'The template folder',
): ParsedSnapshot {
  const read = (list: keyof SnapshotParts) =>
    readJson(texts[list].replace(/^\uFEFF/, ''), `${folderName}/${list}.json`);
  return parseSnapshotParts(
    { collections: read('collections'), fields: read('fields'), relations: read('relations') },
    folderName,
  );
}

function formatOf(text: string, fileName: string | undefined): SnapshotFormat {
  if (fileName && /\.ya?ml$/i.test(fileName)) return 'yaml';
  if (fileName && /\.json$/i.test(fileName)) return 'json';
  return /^\s*[{[]/.test(text) ? 'json' : 'yaml';
}

function readJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new SnapshotError(`${source} is not valid JSON: ${jsonProblem(error, text)}.`);
  }
}

/** V8's message, with the line and column where it gives only a character position. */
function jsonProblem(error: unknown, text: string): string {
  const message = (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
  const position = /at position (\d+)/.exec(message);
  if (!position || /line \d+/.test(message)) return message;
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${message} (line ${line}, column ${column})`;
}

function readYaml(text: string, source: string, guessed = false): unknown {
  try {
    // Directus writes and reads snapshots with js-yaml, which merges `<<` keys and refuses
    // duplicate keys; the yaml package does the same with these options.
    // logLevel 'error': errors throw, warnings are not printed (they are not ours to print).
    return parseYaml(text, { merge: true, uniqueKeys: true, maxAliasCount: 10_000, logLevel: 'error' });
  } catch (error) {
    const first = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
    const what = guessed ? 'neither JSON nor valid YAML' : 'not valid YAML';
    throw new SnapshotError(`${source} is ${what}: ${first.replace(/:$/, '')}.`);
  }
}

/** GET /schema/snapshot answers `{ data: snapshot }`. */
function unwrap(value: unknown): unknown {
  if (isObject(value) && isObject(value.data) && !LISTS.some((list) => list in value)) return value.data;
  return value;
}

function fromValue(value: unknown, format: SnapshotFormat, source: string): ParsedSnapshot {
  if (!isObject(value))
    throw new SnapshotError(
      `${source} is not a Directus schema snapshot: expected an object with collections, fields and relations, found ${describeValue(value)}.`,
    );
  if (!LISTS.some((list) => list in value)) throw new SnapshotError(notASnapshot(value, source));
  if (value.version !== undefined && value.version !== 1 && value.version !== '1')
    throw new SnapshotError(
      `${source} is snapshot version ${String(value.version)}; Relata reads version 1, the only one Directus writes.`,
    );
  try {
    return {
      schema: {
        collections: checkList('collections', value.collections),
        fields: checkList('fields', value.fields),
        relations: checkList('relations', value.relations),
      },
      directus: versionText(value.directus),
      vendor: typeof value.vendor === 'string' && value.vendor !== '' ? value.vendor : null,
      format,
      systemFields: systemFields(value.systemFields),
    };
  } catch (error) {
    if (error instanceof ItemProblem) throw new SnapshotError(`${source}: ${error.message}.`);
    throw error;
  }
}

function notASnapshot(value: Record<string, unknown>, source: string): string {
  const errors = value.errors;
  if (Array.isArray(errors) && isObject(errors[0]) && typeof errors[0].message === 'string')
    return `${source} is a Directus error answer, not a snapshot: ${errors[0].message}`;
  if (Object.keys(value).length === 0)
    return `${source} is an empty object. A directus-template-cli template keeps an empty src/schema/snapshot.json: open the folder holding collections.json, fields.json and relations.json instead.`;
  const keys = Object.keys(value).slice(0, 5).join(', ');
  return `${source} is not a Directus schema snapshot: it has no collections, fields or relations (its keys: ${keys}).`;
}

/** YAML reads an unquoted `10.10` as a number; a version is text. */
function versionText(value: unknown): string | null {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number') return String(value);
  return null;
}

function systemFields(value: unknown): SnapshotSystemField[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (item): item is SnapshotSystemField =>
      isObject(item) &&
      typeof item.collection === 'string' &&
      typeof item.field === 'string' &&
      isObject(item.schema),
  );
}

export { toSnapshot } from './to-snapshot';
export type { DirectusSnapshot, SnapshotInfo } from './to-snapshot';
