// Names the Data Studio would give: junctions `<a>_<b>` with `_1`, `_2`… when taken (and a
// `junction_` prefix before directus_ names), keys `<collection>_<primary key>`.
import type { ModelIndex } from '../model-index';

export function collectionTaken(index: ModelIndex, name: string): boolean {
  const wanted = name.toLowerCase();
  return index.schema.collections.some((c) => c.collection.toLowerCase() === wanted);
}

/**
 * Whether a new field name would clash. Case-insensitive on purpose: SQLite and MySQL column
 * names are, so `Author` next to `author` fails there even though PostgreSQL would accept it.
 */
export function fieldTaken(index: ModelIndex, collection: string, field: string): boolean {
  const wanted = field.toLowerCase();
  return index.fields(collection).some((f) => f.field.toLowerCase() === wanted);
}

export function freeCollectionName(
  index: ModelIndex,
  base: string,
  reserved: ReadonlySet<string> = new Set(),
): string {
  const stem = base.startsWith('directus_') ? `junction_${base}` : base;
  const taken = (name: string) => collectionTaken(index, name) || reserved.has(name.toLowerCase());
  let name = stem;
  for (let n = 1; taken(name); n += 1) name = `${stem}_${n}`;
  return name;
}

export function freeFieldName(
  index: ModelIndex,
  collection: string,
  base: string,
  reserved: ReadonlySet<string> = new Set(),
): string {
  const taken = (name: string) => fieldTaken(index, collection, name) || reserved.has(name.toLowerCase());
  let name = base;
  for (let n = 2; taken(name); n += 1) name = `${base}_${n}`;
  return name;
}

/** `<collection>_<its primary key>`: `authors_id`, `languages_code`. */
export function keyName(index: ModelIndex, collection: string): string {
  return `${collection}_${index.primaryKey(collection)?.field ?? 'id'}`;
}

// PostgreSQL truncates identifiers at 63 bytes (MySQL allows 64): the tighter limit wins.
const MAX_NAME_LENGTH = 63;

/**
 * Why a new field or collection name is unacceptable, or null. The Data Studio only lets people
 * type letters, digits and underscores; the API accepts more, but GraphQL breaks on anything else.
 */
export function nameProblem(name: string): string | null {
  if (name.trim() === '') return 'A name cannot be empty.';
  if (!/^[a-z0-9_]+$/i.test(name)) return `"${name}" can only use letters, digits and underscores.`;
  if (/^[0-9]/.test(name)) return `"${name}" cannot start with a digit (GraphQL names cannot).`;
  if (name.length > MAX_NAME_LENGTH) return `"${name}" is longer than ${MAX_NAME_LENGTH} characters.`;
  return null;
}
