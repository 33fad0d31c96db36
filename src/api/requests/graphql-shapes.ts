// What /graphql/system reads and takes, per generation. GraphQL refuses any key its input types
// do not declare ("Field x is not defined by type"), so values are cut down to these keys. The
// lists are what Directus 12.4.0 (current) and 9.0.0-rc.64 (legacy) declare, introspected on
// real servers, minus keys the older current versions lack (searchable, versioning, status...).
import type { Generation } from './context';

const COLLECTION_META_LEGACY = [
  'collection',
  'icon',
  'note',
  'display_template',
  'hidden',
  'singleton',
  'translations',
  'archive_field',
  'archive_app_filter',
  'archive_value',
  'unarchive_value',
  'sort_field',
  'accountability',
];
const COLLECTION_META_CURRENT = [
  ...COLLECTION_META_LEGACY,
  'color',
  'item_duplication_fields',
  'sort',
  'group',
  'collapse',
];

const FIELD_META_LEGACY = [
  'id',
  'collection',
  'field',
  'special',
  'interface',
  'options',
  'display',
  'display_options',
  'readonly',
  'hidden',
  'sort',
  'width',
  'group',
  'translations',
  'note',
];
const FIELD_META_CURRENT = [
  ...FIELD_META_LEGACY,
  'conditions',
  'required',
  'validation',
  'validation_message',
];
const FIELD_SCHEMA = [
  'name',
  'table',
  'data_type',
  'default_value',
  'max_length',
  'numeric_precision',
  'numeric_scale',
  'is_nullable',
  'is_unique',
  'is_primary_key',
  'has_auto_increment',
  'foreign_key_column',
  'foreign_key_table',
];

const RELATION_META = [
  'id',
  'many_collection',
  'many_field',
  'one_collection',
  'one_field',
  'one_collection_field',
  'one_allowed_collections',
  'junction_field',
  'sort_field',
  'one_deselect_action',
];
const RELATION_SCHEMA = [
  'table',
  'column',
  'foreign_key_table',
  'foreign_key_column',
  'constraint_name',
  'on_update',
  'on_delete',
];
export const LEGACY_ROW = [
  'id',
  'many_collection',
  'many_field',
  'many_primary',
  'one_collection',
  'one_field',
  'one_primary',
  'one_collection_field',
  'one_allowed_collections',
  'junction_field',
  'sort_field',
];

// Read without archive_app_filter and collapse: 12.4.0 declares them non-null but has null in
// its own collections' meta, which turns the whole answer into errors.
const COLLECTION_META_READ = [
  'collection',
  'icon',
  'note',
  'display_template',
  'hidden',
  'singleton',
  'translations',
  'sort_field',
  'accountability',
];

export interface Shapes {
  collectionMetaRead: readonly string[];
  /** 12.4.0 also declares fields' meta.id and readonly non-null, and its own fields have null there. */
  fieldMetaRead: readonly string[];
  collectionMeta: readonly string[];
  fieldMeta: readonly string[];
  fieldSchema: readonly string[];
  /** Input type names, by what they take. */
  types: { collection: string; field: string; relation: string; relationUpdate: string };
}

export const SHAPES: Record<Generation, Shapes> = {
  current: {
    collectionMetaRead: [...COLLECTION_META_READ, 'color', 'item_duplication_fields', 'sort', 'group'],
    collectionMeta: COLLECTION_META_CURRENT,
    fieldMetaRead: FIELD_META_CURRENT.filter((key) => key !== 'id' && key !== 'readonly'),
    fieldMeta: FIELD_META_CURRENT,
    fieldSchema: FIELD_SCHEMA,
    types: {
      collection: 'write_directus_collections_input',
      field: 'write_directus_fields_input',
      relation: 'write_directus_relations_input',
      relationUpdate: 'write_directus_relations_input',
    },
  },
  legacy: {
    collectionMetaRead: COLLECTION_META_READ,
    collectionMeta: COLLECTION_META_LEGACY,
    fieldMetaRead: FIELD_META_LEGACY,
    fieldMeta: FIELD_META_LEGACY,
    fieldSchema: FIELD_SCHEMA,
    types: {
      collection: 'create_directus_collections_input',
      field: 'create_directus_fields_input',
      relation: 'create_directus_relations_input',
      relationUpdate: 'update_directus_relations_input',
    },
  },
};

/** The keys of `value` that `keys` names; null and non-objects pass through. */
export function only(value: unknown, keys: readonly string[]): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value ?? null;
  return Object.fromEntries(Object.entries(value).filter(([key]) => keys.includes(key)));
}

/** The model, as one query. */
export function modelQuery(generation: Generation): string {
  const shapes = SHAPES[generation];
  const relations =
    generation === 'legacy'
      ? `relations(limit: -1) { ${LEGACY_ROW.join(' ')} }`
      : `relations { collection field related_collection meta { ${RELATION_META.join(' ')} } schema { ${RELATION_SCHEMA.join(' ')} } }`;
  return [
    'query RelataModel {',
    `  collections { collection meta { ${shapes.collectionMetaRead.join(' ')} } schema { name } }`,
    `  fields { collection field type meta { ${shapes.fieldMetaRead.join(' ')} } schema { ${shapes.fieldSchema.join(' ')} } }`,
    `  ${relations}`,
    '}',
  ].join('\n');
}
