import type { DirectusSchema } from './directus-types';
import { isAliasField } from './fields';
import type { DiagramField } from './diagram-types';
import { FOLDED_ROW_LIMIT } from './diagram-layout';
import type { ModelIndex } from './model-index';
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

export interface FieldRows {
  fields: DiagramField[];
  foldedCount: number;
}

/**
 * The rows of each collection as the diagram and the side panel show them. Folded, a collection
 * shows its key and relational fields first, then others up to FOLDED_ROW_LIMIT rows; a system
 * collection only its key and relational fields. One wide collection never spoils the view.
 */
export function diagramFieldsFor(index: ModelIndex): (collection: string, expanded: boolean) => FieldRows {
  const relational = relationalFieldKeys(index.schema.relations);
  const foreignKeys = foreignKeyKeys(index.schema.relations);
  return (collection, expanded) => {
    const all = index.fields(collection).map((field): DiagramField => {
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
    const limit = collection.startsWith('directus_') ? 0 : FOLDED_ROW_LIMIT;
    if (expanded || all.length <= limit) return { fields: all, foldedCount: 0 };
    const essential = [
      ...all.filter((f) => f.isPrimaryKey),
      ...all.filter((f) => !f.isPrimaryKey && f.relational),
    ];
    const others = all.filter((f) => !f.isPrimaryKey && !f.relational);
    const room = Math.max(0, limit - essential.length);
    // A fold row that would hide a single field is worse than the field itself.
    const shown = others.length - room <= 1 ? others : others.slice(0, room);
    return { fields: [...essential, ...shown], foldedCount: others.length - shown.length };
  };
}
