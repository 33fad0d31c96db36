import type { DirectusField } from './directus-types';

/**
 * `meta.special` as a list. Directus 9 snapshots and some hand-written files store it as a
 * comma-separated string ("m2o,file"), newer ones as an array, folders and plain fields as null.
 */
export function fieldSpecials(field: Pick<DirectusField, 'meta'> | undefined): string[] {
  const special = field?.meta?.special;
  if (special == null) return [];
  const list = Array.isArray(special) ? special : String(special).split(',');
  return list.map((s) => String(s).trim()).filter((s) => s !== '');
}

export function isAliasField(field: Pick<DirectusField, 'type'>): boolean {
  return field.type === 'alias';
}

/** Fields keyed by `collection.field`, for O(1) lookups; the first entry wins on duplicates. */
export type FieldIndex = ReadonlyMap<string, DirectusField>;

export function indexFields(fields: readonly DirectusField[]): FieldIndex {
  const index = new Map<string, DirectusField>();
  for (const field of fields) {
    const key = `${field.collection}.${field.field}`;
    if (!index.has(key)) index.set(key, field);
  }
  return index;
}

export function findField(index: FieldIndex, collection: string, field: string): DirectusField | undefined {
  return index.get(`${collection}.${field}`);
}
