import type { DirectusCollection } from './directus-types';

export const SYSTEM_PREFIX = 'directus_';

export function isSystemCollection(collection: string): boolean {
  return collection.startsWith(SYSTEM_PREFIX);
}

/** A folder (Directus: an "alias" collection) groups collections and has no table. */
export function isFolder(collection: Pick<DirectusCollection, 'schema'>): boolean {
  return collection.schema == null;
}
