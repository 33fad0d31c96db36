// Lookups into a DirectusSchema that editing needs, with the database's own name rules.
import type { DirectusCollection, DirectusField, DirectusSchema } from '../directus-types';

export function findCollection(schema: DirectusSchema, collection: string): DirectusCollection | null {
  return schema.collections.find((c) => c.collection === collection) ?? null;
}

export function findField(schema: DirectusSchema, collection: string, field: string): DirectusField | null {
  return schema.fields.find((f) => f.collection === collection && f.field === field) ?? null;
}

/**
 * Whether a new field name would clash. Case-insensitive on purpose: SQLite and MySQL column
 * names are, so `Author` next to `author` fails there even though PostgreSQL would accept it.
 */
export function fieldNameTaken(schema: DirectusSchema, collection: string, field: string): boolean {
  const wanted = field.toLowerCase();
  return schema.fields.some((f) => f.collection === collection && f.field.toLowerCase() === wanted);
}

/** The primary-key field: the one the schema marks, else a field named `id`. */
export function primaryKeyField(schema: DirectusSchema, collection: string): DirectusField | null {
  const fields = schema.fields.filter((f) => f.collection === collection);
  return (
    fields.find((f) => f.schema?.is_primary_key === true) ?? fields.find((f) => f.field === 'id') ?? null
  );
}

// PostgreSQL truncates identifiers at 63 bytes (MySQL allows 64): the tighter limit wins.
const MAX_FIELD_NAME_LENGTH = 63;

/**
 * Why a new field name is unacceptable, or null. The Data Studio only lets people type
 * lowercase letters, digits and underscores; the API accepts more, but other clients
 * (GraphQL above all) break on anything else.
 */
export function fieldNameProblem(name: string): string | null {
  if (name.trim() === '') return 'A field name cannot be empty.';
  if (!/^[a-z0-9_]+$/i.test(name)) return `"${name}" can only use letters, digits and underscores.`;
  if (/^[0-9]/.test(name)) return `"${name}" cannot start with a digit (GraphQL names cannot).`;
  if (name.length > MAX_FIELD_NAME_LENGTH)
    return `"${name}" is longer than ${MAX_FIELD_NAME_LENGTH} characters.`;
  return null;
}

const INTEGER_TYPES = new Set(['integer', 'bigInteger']);

export function isIntegerField(field: Pick<DirectusField, 'type'>): boolean {
  return INTEGER_TYPES.has(field.type);
}

/** "a string", "an integer", "a uuid": for messages. */
export function withArticle(type: string): string {
  return `${/^[aeio]/i.test(type) ? 'an' : 'a'} ${type}`;
}
