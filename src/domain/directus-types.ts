// The Directus objects this app reads, as the REST API (and schema snapshots) return them.
// Every property a real server or an old snapshot may leave out is optional or nullable:
// inputs come from the network and from hand-edited files.

export type ForeignKeyAction = 'NO ACTION' | 'RESTRICT' | 'CASCADE' | 'SET NULL' | 'SET DEFAULT';
export const FOREIGN_KEY_ACTIONS: readonly ForeignKeyAction[] = [
  'NO ACTION',
  'RESTRICT',
  'CASCADE',
  'SET NULL',
  'SET DEFAULT',
];

export type DeselectAction = 'nullify' | 'delete';

export interface DirectusCollection {
  collection: string;
  meta?: {
    group?: string | null;
    hidden?: boolean | null;
    icon?: string | null;
    note?: string | null;
    singleton?: boolean | null;
    system?: boolean | null;
    [key: string]: unknown;
  } | null;
  /** null for a folder (Directus calls it an alias collection): no table behind it. */
  schema?: { name?: string; [key: string]: unknown } | null;
}

export interface DirectusField {
  collection: string;
  field: string;
  type: string;
  meta?: {
    id?: number;
    special?: string[] | string | null;
    interface?: string | null;
    hidden?: boolean | null;
    note?: string | null;
    required?: boolean | null;
    sort?: number | null;
    system?: boolean | null;
    [key: string]: unknown;
  } | null;
  schema?: {
    name?: string;
    data_type?: string;
    is_nullable?: boolean;
    is_primary_key?: boolean;
    has_auto_increment?: boolean;
    foreign_key_table?: string | null;
    foreign_key_column?: string | null;
    default_value?: unknown;
    [key: string]: unknown;
  } | null;
}

export interface DirectusRelationMeta {
  id?: number;
  many_collection?: string;
  many_field?: string;
  one_collection?: string | null;
  one_field?: string | null;
  one_collection_field?: string | null;
  one_allowed_collections?: string[] | null;
  junction_field?: string | null;
  sort_field?: string | null;
  one_deselect_action?: DeselectAction | null;
  system?: boolean;
  /** The 9.0 release candidates' rows also name each side's primary key. */
  many_primary?: string | null;
  one_primary?: string | null;
}

export interface DirectusRelationSchema {
  table?: string;
  column?: string;
  foreign_key_schema?: string | null;
  foreign_key_table?: string;
  foreign_key_column?: string;
  constraint_name?: string | null;
  on_update?: ForeignKeyAction | null;
  on_delete?: ForeignKeyAction | null;
}

export interface DirectusRelation {
  /** The many side: the collection holding the foreign-key column `field`. */
  collection: string;
  field: string;
  /** The one side; null for the item field of a many-to-any junction. */
  related_collection: string | null;
  meta: DirectusRelationMeta | null;
  schema: DirectusRelationSchema | null;
}

/** What a Directus data model is made of: the three lists the API (or a snapshot) gives. */
export interface DirectusSchema {
  collections: DirectusCollection[];
  fields: DirectusField[];
  relations: DirectusRelation[];
}
