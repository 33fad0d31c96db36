// Checks the shape of what Directus returns before anything else reads it, so a proxy's
// HTML page or a truncated body ends in a clear message instead of a crash deep in the canvas.
import type { DirectusCollection, DirectusField, DirectusRelation } from '../domain/directus-types';
import { RelataError } from './errors';

type Check = (item: Record<string, unknown>) => string | null;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isNullableObject = (value: unknown) => value === null || value === undefined || isObject(value);

function parseList<T extends object>(what: string, value: unknown, check: Check): T[] {
  if (!Array.isArray(value)) {
    throw new RelataError(
      'malformed-response',
      `Directus returned malformed ${what}: expected a list, got ${value === null ? 'null' : typeof value}.`,
    );
  }
  value.forEach((item, index) => {
    const problem = isObject(item) ? check(item) : 'it is not an object';
    if (problem)
      throw new RelataError(
        'malformed-response',
        `Directus returned malformed ${what}: item ${index + 1} ${problem}.`,
      );
  });
  return value as T[];
}

const needsString = (item: Record<string, unknown>, key: string) =>
  typeof item[key] === 'string' ? null : `has no ${key}`;

export function parseCollections(value: unknown): DirectusCollection[] {
  return parseList(
    'collections',
    value,
    (item) =>
      needsString(item, 'collection') ?? (isNullableObject(item.schema) ? null : 'has a malformed schema'),
  );
}

export function parseFields(value: unknown): DirectusField[] {
  return parseList(
    'fields',
    value,
    (item) => needsString(item, 'collection') ?? needsString(item, 'field') ?? needsString(item, 'type'),
  );
}

export function parseRelations(value: unknown): DirectusRelation[] {
  return parseList<DirectusRelation>('relations', value, (item) => {
    const missing = needsString(item, 'collection') ?? needsString(item, 'field');
    if (missing) return missing;
    if (
      item.related_collection !== null &&
      item.related_collection !== undefined &&
      typeof item.related_collection !== 'string'
    )
      return 'has a malformed related_collection';
    if (!isNullableObject(item.meta)) return 'has a malformed meta';
    if (!isNullableObject(item.schema)) return 'has a malformed schema';
    return null;
  }).map((relation) => ({
    ...relation,
    related_collection: relation.related_collection ?? null,
    meta: relation.meta ?? null,
    schema: relation.schema ?? null,
  }));
}

export function parseRelation(value: unknown): DirectusRelation {
  const [relation] = parseRelations([value]);
  if (!relation) throw new RelataError('malformed-response', 'Directus returned no relation.');
  return relation;
}
