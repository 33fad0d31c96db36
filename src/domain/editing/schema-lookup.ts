// Small helpers for messages and field checks.
import type { DirectusField } from '../directus-types';

const INTEGER_TYPES = new Set(['integer', 'bigInteger']);

export function isIntegerField(field: Pick<DirectusField, 'type'>): boolean {
  return INTEGER_TYPES.has(field.type);
}

/** "a string", "an integer", "a uuid": for messages. */
export function withArticle(type: string): string {
  return `${/^[aeio]/i.test(type) ? 'an' : 'a'} ${type}`;
}
