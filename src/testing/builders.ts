// Test-data builders for raw Directus objects: sensible defaults, override what the test is about.
import type {
  DirectusCollection,
  DirectusField,
  DirectusRelation,
  DirectusRelationMeta,
  DirectusSchema,
} from '../domain/directus-types';

export type RelationOverrides = Partial<Omit<DirectusRelation, 'meta'>> & {
  meta?: Partial<DirectusRelationMeta> | null;
};

/** An M2O `articles.author → authors` unless overridden, shaped like a /relations row. */
export function aRelation(overrides: RelationOverrides = {}): DirectusRelation {
  const collection = overrides.collection ?? 'articles';
  const field = overrides.field ?? 'author';
  const related = overrides.related_collection === undefined ? 'authors' : overrides.related_collection;
  const meta: DirectusRelationMeta | null =
    overrides.meta === null
      ? null
      : {
          many_collection: collection,
          many_field: field,
          one_collection: related,
          one_field: null,
          one_collection_field: null,
          one_allowed_collections: null,
          junction_field: null,
          sort_field: null,
          one_deselect_action: 'nullify',
          ...overrides.meta,
        };
  const schema =
    overrides.schema !== undefined
      ? overrides.schema
      : related == null
        ? null
        : {
            table: collection,
            column: field,
            foreign_key_table: related,
            foreign_key_column: 'id',
            constraint_name: null,
            on_update: 'NO ACTION' as const,
            on_delete: 'SET NULL' as const,
          };
  return { collection, field, related_collection: related, meta, schema };
}

export type FieldOverrides = Partial<DirectusField> & { special?: string[] | string | null };

/** A plain `articles.title` string field unless overridden. */
export function aField({ special = null, ...overrides }: FieldOverrides = {}): DirectusField {
  const collection = overrides.collection ?? 'articles';
  const field = overrides.field ?? 'title';
  const type = overrides.type ?? 'string';
  return {
    collection,
    field,
    type,
    meta: { special, interface: 'input', hidden: false, sort: null, ...overrides.meta },
    schema:
      overrides.schema !== undefined
        ? overrides.schema
        : type === 'alias'
          ? null
          : { name: field, data_type: type, is_nullable: true, is_primary_key: false },
  };
}

export function aPrimaryKey(collection: string, field = 'id', type = 'integer'): DirectusField {
  return aField({
    collection,
    field,
    type,
    schema: {
      name: field,
      data_type: type,
      is_nullable: false,
      is_primary_key: true,
      has_auto_increment: type === 'integer',
    },
  });
}

export function aForeignKey(
  collection: string,
  field: string,
  special = 'm2o',
  type = 'integer',
): DirectusField {
  return aField({ collection, field, type, special: [special] });
}

/** An alias field: no column, only the Data Studio's view of a relation (o2m, m2m, m2a...). */
export function anAlias(
  collection: string,
  field: string,
  special: string | string[] = 'o2m',
): DirectusField {
  return aField({ collection, field, type: 'alias', special: Array.isArray(special) ? special : [special] });
}

export function aCollection(collection: string, meta: DirectusCollection['meta'] = {}): DirectusCollection {
  return { collection, meta: { hidden: false, singleton: false, ...meta }, schema: { name: collection } };
}

/** A folder groups collections and has no table (`schema: null`). */
export function aFolder(collection: string): DirectusCollection {
  return { collection, meta: { hidden: false }, schema: null };
}

export function aJunctionCollection(collection: string): DirectusCollection {
  return aCollection(collection, { hidden: true, icon: 'import_export' });
}

/**
 * Merges schema parts. Collections and fields are deduplicated (first wins) so scenario
 * builders can share collections; relations are kept as given, duplicates included.
 */
export function aSchema(...parts: Partial<DirectusSchema>[]): DirectusSchema {
  const collections = new Map<string, DirectusCollection>();
  const fields = new Map<string, DirectusField>();
  const relations: DirectusRelation[] = [];
  for (const part of parts) {
    for (const c of part.collections ?? [])
      if (!collections.has(c.collection)) collections.set(c.collection, c);
    for (const f of part.fields ?? []) {
      const key = `${f.collection}.${f.field}`;
      if (!fields.has(key)) fields.set(key, f);
    }
    relations.push(...(part.relations ?? []));
  }
  return { collections: [...collections.values()], fields: [...fields.values()], relations };
}
