// Choices the relation form offers, read from the data model.
import { isFolder, isSystemCollection } from '../../domain/collections';
import type { DirectusSchema } from '../../domain/directus-types';
import { FOREIGN_KEY_ACTIONS } from '../../domain/directus-types';

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

const fieldsOf = (schema: DirectusSchema, collection: string) =>
  schema.fields.filter((field) => field.collection === collection);

export function aliasOptions(schema: DirectusSchema, collection: string | null) {
  if (!collection) return [];
  return fieldsOf(schema, collection)
    .filter((field) => field.type === 'alias')
    .map((field) => ({ value: field.field, label: field.field }));
}

export function integerFieldOptions(schema: DirectusSchema, collection: string) {
  return fieldsOf(schema, collection)
    .filter(
      (field) => (field.type === 'integer' || field.type === 'bigInteger') && !field.schema?.is_primary_key,
    )
    .map((field) => ({ value: field.field, label: field.field }));
}

export function fieldOptions(schema: DirectusSchema, collection: string) {
  return fieldsOf(schema, collection)
    .filter((field) => field.type !== 'alias')
    .map((field) => ({ value: field.field, label: field.field }));
}

export function collectionOptions(schema: DirectusSchema) {
  return schema.collections
    .filter((collection) => !isFolder(collection) && !isSystemCollection(collection.collection))
    .map((collection) => ({ value: collection.collection, label: collection.collection }));
}

/** Keeps a current value selectable even when the model no longer lists it. */
export function withCurrent(options: { value: string; label: string }[], current: string | null) {
  return current && !options.some((option) => option.value === current)
    ? [{ value: current, label: `${current} (missing)` }, ...options]
    : options;
}
