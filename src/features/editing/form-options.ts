// Choices the relation form offers, read from the data model.
import { isSystemCollection } from '../../domain/collections';
import { FOREIGN_KEY_ACTIONS } from '../../domain/directus-types';
import type { ModelIndex } from '../../domain/model-index';

export const NONE = '__none__';
export const CREATE = '__create__';

export const foreignKeyActionOptions = FOREIGN_KEY_ACTIONS.map((action) => ({
  value: action,
  label: action,
}));
export const deselectOptions = [
  { value: 'nullify', label: 'nullify (clear the foreign key)' },
  { value: 'delete', label: 'delete (delete the related item)' },
];

export function aliasOptions(index: ModelIndex, collection: string | null) {
  if (!collection) return [];
  return index
    .fields(collection)
    .filter((field) => field.type === 'alias')
    .map((field) => ({ value: field.field, label: field.field }));
}

export function integerFieldOptions(index: ModelIndex, collection: string) {
  return index
    .fields(collection)
    .filter(
      (field) => (field.type === 'integer' || field.type === 'bigInteger') && !field.schema?.is_primary_key,
    )
    .map((field) => ({ value: field.field, label: field.field }));
}

export function fieldOptions(index: ModelIndex, collection: string) {
  return index
    .fields(collection)
    .filter((field) => field.type !== 'alias')
    .map((field) => ({ value: field.field, label: field.field }));
}

export function collectionOptions(index: ModelIndex) {
  return index.collections
    .filter((c) => index.isTable(c.collection) && !isSystemCollection(c.collection))
    .map((c) => ({ value: c.collection, label: c.collection }));
}

/** Keeps a current value selectable even when the model no longer lists it. */
export function withCurrent(options: { value: string; label: string }[], current: string | null) {
  return current && !options.some((option) => option.value === current)
    ? [{ value: current, label: `${current} (missing)` }, ...options]
    : options;
}
