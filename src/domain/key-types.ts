// Whether a foreign key column can hold a primary key's values, judged by storage rather than
// by the type Directus reports: on SQLite a uuid column is char(36) and /fields calls it a
// `string` unless it carries the `uuid` special (AgencyOS's own foreign keys look like that).
import type { DirectusField } from './directus-types';
import { fieldSpecials } from './fields';

type KeyLike = Pick<DirectusField, 'type' | 'meta' | 'schema'>;

const CHAR_TYPES = new Set(['char', 'character', 'bpchar', 'nchar']);

/** The kind of values a column stores, for comparing a foreign key with the key it points at. */
export function keyStorage(field: KeyLike): string {
  const dataType = String(field.schema?.data_type ?? '').toLowerCase();
  if (field.type === 'uuid' || dataType === 'uuid' || fieldSpecials(field).includes('uuid')) return 'uuid';
  if (field.type === 'string' && CHAR_TYPES.has(dataType) && field.schema?.max_length === 36) return 'uuid';
  if (field.type === 'string' || field.type === 'text' || field.type === 'hash') return 'string';
  return field.type;
}

/** A real foreign key constraint needs the same storage on both ends (PostgreSQL refuses varchar → uuid). */
export function keysCompatible(foreignKey: KeyLike, primaryKey: KeyLike): boolean {
  return keyStorage(foreignKey) === keyStorage(primaryKey);
}

/**
 * Whether a column without a constraint (the many-to-any `item`) can hold a key's values: any
 * key fits in a string column of sufficient length (directus#25052: char(255) vs uuid).
 */
export function canHoldKey(column: KeyLike, primaryKey: KeyLike): boolean {
  const storage = keyStorage(column);
  return storage === keyStorage(primaryKey) || storage === 'string';
}

/**
 * The type to give a new foreign key to this primary key: the key's own type, except that a
 * uuid Directus reports as `string` (SQLite char(36)) is created as a uuid, as it was made.
 */
export function foreignKeyTypeFor(primaryKey: KeyLike): string {
  return keyStorage(primaryKey) === 'uuid' ? 'uuid' : primaryKey.type;
}
