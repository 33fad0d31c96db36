// The objects the Data Studio sends for each part of a relationship (app/src/modules/settings/
// routes/data-model/field-detail/store/alterations/*.ts), so what Relata makes reads back the same.
import type { DeselectAction, DirectusRelation, ForeignKeyAction } from '../directus-types';
import type { CollectionBody, FieldBody } from './steps';

export function foreignKeyField(
  collection: string,
  field: string,
  type: string,
  as: 'm2o' | 'file' | 'o2m-reverse' | 'junction',
): FieldBody {
  const meta =
    as === 'm2o'
      ? { interface: 'select-dropdown-m2o', special: ['m2o'] }
      : as === 'file'
        ? { interface: 'file', special: ['file'] }
        : as === 'o2m-reverse'
          ? { interface: 'select-dropdown-m2o', hidden: true }
          : { hidden: true };
  return { collection, field, type, meta, schema: {} };
}

const ALIAS_INTERFACE = {
  o2m: 'list-o2m',
  m2m: 'list-m2m',
  files: 'files',
  translations: 'translations',
  m2a: 'list-m2a',
} as const;

export function aliasField(
  collection: string,
  field: string,
  special: keyof typeof ALIAS_INTERFACE,
): FieldBody {
  return {
    collection,
    field,
    type: 'alias',
    meta: { interface: ALIAS_INTERFACE[special], special: [special] },
    schema: null,
  };
}

export function hiddenField(collection: string, field: string, type: string): FieldBody {
  return { collection, field, type, meta: { hidden: true }, schema: {} };
}

export function junctionCollection(collection: string): CollectionBody {
  return {
    collection,
    meta: { hidden: true, icon: 'import_export' },
    schema: { name: collection },
    fields: [
      {
        collection,
        field: 'id',
        type: 'integer',
        meta: { hidden: true },
        schema: { is_primary_key: true, has_auto_increment: true },
      },
    ],
  };
}

const DIRECTION_CHOICES = [
  { text: '$t:left_to_right', value: 'ltr' },
  { text: '$t:right_to_left', value: 'rtl' },
];

/** The languages collection the Data Studio creates with the first translations field. */
export function languagesCollection(collection: string): CollectionBody {
  return {
    collection,
    meta: {},
    schema: { name: collection },
    fields: [
      { collection, field: 'code', type: 'string', meta: {}, schema: { is_primary_key: true } },
      { collection, field: 'name', type: 'string', meta: {}, schema: {} },
      {
        collection,
        field: 'direction',
        type: 'string',
        meta: {
          interface: 'select-dropdown',
          options: { choices: DIRECTION_CHOICES },
          display: 'labels',
          display_options: { choices: DIRECTION_CHOICES, format: false },
        },
        schema: { default_value: 'ltr' },
      },
    ],
  };
}

export interface RelationParts {
  collection: string;
  field: string;
  related: string | null;
  /** The related primary key, for the foreign key's target column. */
  relatedKey: string;
  oneField?: string | null;
  junctionField?: string | null;
  sortField?: string | null;
  deselectAction?: DeselectAction;
  allowed?: string[] | null;
  collectionField?: string | null;
  /** null: no foreign key (the many-to-any item). */
  onDelete: ForeignKeyAction | null;
}

/** A relation as Directus returns it after creating it (the meta copies filled in). */
export function relationObject(parts: RelationParts): DirectusRelation {
  return {
    collection: parts.collection,
    field: parts.field,
    related_collection: parts.related,
    meta: {
      many_collection: parts.collection,
      many_field: parts.field,
      one_collection: parts.related,
      one_field: parts.oneField ?? null,
      one_collection_field: parts.collectionField ?? null,
      one_allowed_collections: parts.allowed ?? null,
      junction_field: parts.junctionField ?? null,
      sort_field: parts.sortField ?? null,
      one_deselect_action: parts.deselectAction ?? 'nullify',
    },
    schema:
      parts.onDelete === null || parts.related === null
        ? null
        : {
            table: parts.collection,
            column: parts.field,
            foreign_key_table: parts.related,
            foreign_key_column: parts.relatedKey,
            constraint_name: null,
            on_update: 'NO ACTION',
            on_delete: parts.onDelete,
          },
  };
}
