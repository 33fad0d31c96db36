// Checks each item of a snapshot's three lists, so a hand-edited or truncated file ends in a
// message that names the item to fix instead of a crash deep in the diagram. What Directus
// itself leaves out (schema: null is dropped from snapshots, meta from hand-written files) is
// filled in as the API would send it.
import type { DirectusCollection, DirectusField, DirectusRelation } from '../directus-types';

export type ListName = 'collections' | 'fields' | 'relations';

/** A problem with one item, said so that a person can find and fix it. */
export class ItemProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ItemProblem';
  }
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value === '' ? 'an empty string' : `"${value}"`;
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

function where(list: ListName, index: number, total: number, item: unknown): string {
  const name = isObject(item)
    ? [item.collection, list === 'collections' ? undefined : item.field].filter((v) => typeof v === 'string')
    : [];
  return `${list} item ${index + 1} of ${total}${name.length ? ` (${name.join('.')})` : ''}`;
}

function text(item: Record<string, unknown>, key: string): string {
  const value = item[key];
  if (typeof value === 'string' && value !== '') return value;
  throw new ItemProblem(`"${key}" must be a name, found ${describeValue(value)}`);
}

function objectOrNull(item: Record<string, unknown>, key: string): Record<string, unknown> | null {
  const value = item[key];
  if (value === undefined || value === null) return null;
  if (isObject(value)) return value;
  throw new ItemProblem(`"${key}" must be an object or null, found ${describeValue(value)}`);
}

function collection(item: Record<string, unknown>): DirectusCollection {
  text(item, 'collection');
  objectOrNull(item, 'meta');
  objectOrNull(item, 'schema');
  return item as unknown as DirectusCollection;
}

function field(item: Record<string, unknown>): DirectusField {
  text(item, 'collection');
  text(item, 'field');
  objectOrNull(item, 'meta');
  objectOrNull(item, 'schema');
  // Directus's own snapshot check allows a null type; "unknown" is its name for a type it cannot map.
  if (item.type === null || item.type === undefined) return { ...item, type: 'unknown' } as DirectusField;
  if (typeof item.type !== 'string')
    throw new ItemProblem(`"type" must be a string, found ${describeValue(item.type)}`);
  return item as unknown as DirectusField;
}

function relation(item: Record<string, unknown>): DirectusRelation {
  text(item, 'collection');
  text(item, 'field');
  const related = item.related_collection;
  if (related !== undefined && related !== null && typeof related !== 'string')
    throw new ItemProblem(`"related_collection" must be a name or null, found ${describeValue(related)}`);
  return {
    ...(item as unknown as DirectusRelation),
    related_collection: related ?? null,
    meta: objectOrNull(item, 'meta'),
    schema: objectOrNull(item, 'schema'),
  };
}

const CHECKS = { collections: collection, fields: field, relations: relation };

type ItemOf<L extends ListName> = L extends 'collections'
  ? DirectusCollection
  : L extends 'fields'
    ? DirectusField
    : DirectusRelation;

/** The list's items, checked; absent lists are empty. Throws an ItemProblem naming the first bad item. */
export function checkList<L extends ListName>(list: L, value: unknown): ItemOf<L>[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new ItemProblem(`"${list}" must be a list, found ${describeValue(value)}`);
  const check = CHECKS[list] as (item: Record<string, unknown>) => ItemOf<L>;
  return value.map((item: unknown, index) => {
    try {
      if (!isObject(item)) throw new ItemProblem(`it must be an object, found ${describeValue(item)}`);
      return check(item);
    } catch (error) {
      if (!(error instanceof ItemProblem)) throw error;
      throw new ItemProblem(`${where(list, index, value.length, item)} is malformed: ${error.message}`);
    }
  });
}
