// Schema parts composed the way the Data Studio composes each relationship type
// (see shared/directus-reference/README.md, "How each relationship type is composed").
// System collections are not declared, as in real schema snapshots.
import type { DirectusCollection, DirectusField, DirectusSchema } from '../domain/directus-types';
import { aCollection, aForeignKey, aJunctionCollection, anAlias, aPrimaryKey, aRelation } from './builders';

function table(name: string, pkType = 'integer'): Pick<DirectusSchema, 'collections' | 'fields'> {
  if (name.startsWith('directus_')) return { collections: [], fields: [] };
  const pk = name === 'languages' ? aPrimaryKey(name, 'code', 'string') : aPrimaryKey(name, 'id', pkType);
  return { collections: [aCollection(name)], fields: [pk] };
}

function merge(...parts: Partial<DirectusSchema>[]): DirectusSchema {
  return {
    collections: parts.flatMap((p): DirectusCollection[] => p.collections ?? []),
    fields: parts.flatMap((p): DirectusField[] => p.fields ?? []),
    relations: parts.flatMap((p) => p.relations ?? []),
  };
}

export interface ManyToOneOptions {
  collection?: string;
  field?: string;
  related?: string;
  /** The reverse O2M alias on the related collection. */
  alias?: string | null;
}

export function aManyToOne({
  collection = 'articles',
  field = 'author',
  related = 'authors',
  alias = null,
}: ManyToOneOptions = {}) {
  const special = related === 'directus_files' ? 'file' : 'm2o';
  return merge(table(collection), table(related), {
    fields: [aForeignKey(collection, field, special), ...(alias ? [anAlias(related, alias, 'o2m')] : [])],
    relations: [aRelation({ collection, field, related_collection: related, meta: { one_field: alias } })],
  });
}

export interface ManyToManyOptions {
  parent?: string;
  related?: string;
  junction?: string;
  parentKey?: string;
  relatedKey?: string;
  /** Alias on the parent; null when it was deleted (the pair then has no alias at all). */
  parentAlias?: string | null;
  relatedAlias?: string | null;
  special?: 'm2m' | 'translations' | 'files';
}

/** Junction relations listed related side first, so tests do not lean on input order. */
export function aManyToMany(options: ManyToManyOptions = {}) {
  const {
    parent = 'articles',
    related = 'tags',
    parentAlias = 'tags',
    relatedAlias = null,
    special = 'm2m',
  } = options;
  const junction = options.junction ?? `${parent}_${related}`;
  const parentKey = options.parentKey ?? `${parent}_id`;
  const relatedKey = options.relatedKey ?? `${related}_id`;
  return merge(table(parent), table(related), {
    collections: [aJunctionCollection(junction)],
    fields: [
      aPrimaryKey(junction),
      aForeignKey(junction, parentKey),
      // The key column takes the related key's type: uuid files, string language codes.
      aForeignKey(
        junction,
        relatedKey,
        'm2o',
        related === 'directus_files' ? 'uuid' : related === 'languages' ? 'string' : 'integer',
      ),
      ...(parentAlias ? [anAlias(parent, parentAlias, special)] : []),
      ...(relatedAlias ? [anAlias(related, relatedAlias, special === 'files' ? 'files' : 'm2m')] : []),
    ],
    relations: [
      aRelation({
        collection: junction,
        field: relatedKey,
        related_collection: related,
        meta: { one_field: relatedAlias, junction_field: parentKey },
      }),
      aRelation({
        collection: junction,
        field: parentKey,
        related_collection: parent,
        meta: { one_field: parentAlias, junction_field: relatedKey, sort_field: 'sort' },
      }),
    ],
  });
}

export function aTranslations(parent = 'articles', alias = 'translations') {
  return aManyToMany({
    parent,
    related: 'languages',
    junction: `${parent}_translations`,
    parentAlias: alias,
    relatedKey: 'languages_code',
    special: 'translations',
  });
}

export function aFilesManyToMany(parent = 'articles', alias = 'gallery') {
  return aManyToMany({
    parent,
    related: 'directus_files',
    junction: `${parent}_files`,
    parentAlias: alias,
    relatedKey: 'directus_files_id',
    special: 'files',
  });
}

export interface ManyToAnyOptions {
  parent?: string;
  alias?: string;
  junction?: string;
  allowed?: string[];
}

export function aManyToAny({
  parent = 'pages',
  alias = 'blocks',
  junction = 'pages_blocks',
  allowed = ['block_hero', 'block_text'],
}: ManyToAnyOptions = {}) {
  const parentKey = `${parent}_id`;
  return merge(table(parent), ...allowed.map((name) => table(name)), {
    collections: [aJunctionCollection(junction)],
    fields: [
      aPrimaryKey(junction),
      aForeignKey(junction, parentKey),
      aForeignKey(junction, 'item', 'm2a', 'string'),
      aForeignKey(junction, 'collection', 'm2a', 'string'),
      anAlias(parent, alias, 'm2a'),
    ],
    relations: [
      aRelation({
        collection: junction,
        field: 'item',
        related_collection: null,
        meta: {
          one_collection_field: 'collection',
          one_allowed_collections: allowed,
          junction_field: parentKey,
        },
      }),
      aRelation({
        collection: junction,
        field: parentKey,
        related_collection: parent,
        meta: { one_field: alias, junction_field: 'item' },
      }),
    ],
  });
}
