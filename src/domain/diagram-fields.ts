import { collectionFields } from './collections';
import type { DirectusSchema } from './directus-types';
import { isAliasField } from './fields';
import type { DiagramField } from './diagram-types';
import { oneField } from './relation-meta';

/** `collection.field` of every field that ends a relation: many-side keys and one_field aliases. */
export function relationalFieldKeys(relations: DirectusSchema['relations']): Set<string> {
  const keys = new Set<string>();
  for (const relation of relations) {
    keys.add(`${relation.collection}.${relation.field}`);
    const alias = oneField(relation);
    if (alias && relation.related_collection != null) keys.add(`${relation.related_collection}.${alias}`);
  }
  return keys;
}

function foreignKeyKeys(relations: DirectusSchema['relations']): Set<string> {
  return new Set(
    relations.filter((r) => r.related_collection != null).map((r) => `${r.collection}.${r.field}`),
  );
}

/** The fields of a collection as the diagram and the side panel show them. */
export function diagramFields(
  schema: Pick<DirectusSchema, 'fields' | 'relations'>,
  collection: string,
  relational: ReadonlySet<string> = relationalFieldKeys(schema.relations),
  foreignKeys: ReadonlySet<string> = foreignKeyKeys(schema.relations),
): DiagramField[] {
  return collectionFields(schema, collection).map((field) => {
    const key = `${collection}.${field.field}`;
    return {
      field: field.field,
      type: field.type,
      isPrimaryKey: field.schema?.is_primary_key === true,
      isForeignKey: foreignKeys.has(key) || Boolean(field.schema?.foreign_key_table),
      isAlias: isAliasField(field),
      relational: relational.has(key),
    };
  });
}

/** Field lists for many collections at once (one pass over the relations). */
export function diagramFieldsFor(
  schema: Pick<DirectusSchema, 'fields' | 'relations'>,
): (collection: string) => DiagramField[] {
  const relational = relationalFieldKeys(schema.relations);
  const foreignKeys = foreignKeyKeys(schema.relations);
  // Group once: scanning every field for each collection made 500 collections quadratic.
  const byCollection = new Map<string, DirectusSchema['fields']>();
  for (const field of schema.fields) {
    const list = byCollection.get(field.collection);
    if (list) list.push(field);
    else byCollection.set(field.collection, [field]);
  }
  return (collection) =>
    diagramFields(
      { fields: byCollection.get(collection) ?? [], relations: schema.relations },
      collection,
      relational,
      foreignKeys,
    );
}
