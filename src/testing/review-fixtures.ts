// A clean model shaped like the demo (directus/demo/model.mjs) as a schema snapshot gives it:
// every relationship kind, consistent key types, no system collections declared.
import type { DirectusField, DirectusRelation, DirectusSchema } from '../domain/directus-types';
import {
  aCollection,
  aField,
  aFolder,
  aForeignKey,
  aJunctionCollection,
  anAlias,
  aPrimaryKey,
  aRelation,
} from './builders';
import type { RelationOverrides } from './builders';

const notNull = (field: DirectusField): DirectusField => ({
  ...field,
  schema: { ...field.schema, is_nullable: false },
});

const m2o = (
  collection: string,
  field: string,
  related: string | null,
  onDelete: 'SET NULL' | 'CASCADE' | 'NO ACTION' | 'RESTRICT',
  meta: RelationOverrides['meta'] = {},
): DirectusRelation => {
  const relation = aRelation({ collection, field, related_collection: related, meta });
  if (!relation.schema) return relation;
  const foreignKeyColumn = related === 'languages' ? 'code' : 'id';
  return {
    ...relation,
    schema: { ...relation.schema, foreign_key_column: foreignKeyColumn, on_delete: onDelete },
  };
};

export function aDemoSchema(): DirectusSchema {
  return {
    collections: [
      aFolder('content'),
      aFolder('website'),
      aCollection('languages'),
      aCollection('authors', { group: 'content' }),
      aCollection('categories', { group: 'content' }),
      aCollection('articles', { group: 'content' }),
      aCollection('tags', { group: 'content' }),
      aCollection('comments', { group: 'content' }),
      aJunctionCollection('articles_tags'),
      aJunctionCollection('articles_files'),
      aJunctionCollection('articles_translations'),
      aCollection('pages', { group: 'website' }),
      aCollection('block_hero', { group: 'website' }),
      aCollection('block_text', { group: 'website' }),
      aJunctionCollection('pages_blocks'),
    ],
    fields: [
      aPrimaryKey('languages', 'code', 'string'),
      aField({ collection: 'languages', field: 'name' }),
      aPrimaryKey('authors'),
      aField({ collection: 'authors', field: 'name' }),
      aForeignKey('authors', 'avatar', 'file', 'uuid'),
      aForeignKey('authors', 'user', 'm2o', 'uuid'),
      anAlias('authors', 'articles', 'o2m'),
      aPrimaryKey('categories'),
      aField({ collection: 'categories', field: 'name' }),
      aForeignKey('categories', 'parent'),
      anAlias('categories', 'children', 'o2m'),
      aPrimaryKey('articles'),
      aField({ collection: 'articles', field: 'title' }),
      notNull(aForeignKey('articles', 'author')),
      aForeignKey('articles', 'category'),
      anAlias('articles', 'comments', 'o2m'),
      anAlias('articles', 'tags', 'm2m'),
      anAlias('articles', 'gallery', 'files'),
      anAlias('articles', 'translations', 'translations'),
      aPrimaryKey('tags'),
      aField({ collection: 'tags', field: 'name' }),
      aPrimaryKey('comments'),
      aField({ collection: 'comments', field: 'body', type: 'text' }),
      aForeignKey('comments', 'article'),
      aPrimaryKey('articles_tags'),
      aForeignKey('articles_tags', 'articles_id'),
      aForeignKey('articles_tags', 'tags_id'),
      aPrimaryKey('articles_files'),
      aForeignKey('articles_files', 'articles_id'),
      aForeignKey('articles_files', 'directus_files_id', 'm2o', 'uuid'),
      aPrimaryKey('articles_translations'),
      aForeignKey('articles_translations', 'articles_id'),
      aForeignKey('articles_translations', 'languages_code', 'm2o', 'string'),
      aField({ collection: 'articles_translations', field: 'summary', type: 'text' }),
      aPrimaryKey('pages'),
      aField({ collection: 'pages', field: 'slug' }),
      anAlias('pages', 'blocks', 'm2a'),
      aPrimaryKey('block_hero'),
      aField({ collection: 'block_hero', field: 'headline' }),
      aPrimaryKey('block_text'),
      aField({ collection: 'block_text', field: 'body', type: 'text' }),
      aPrimaryKey('pages_blocks'),
      aForeignKey('pages_blocks', 'pages_id'),
      aField({ collection: 'pages_blocks', field: 'item' }),
      aField({ collection: 'pages_blocks', field: 'collection' }),
    ],
    relations: [
      m2o('authors', 'avatar', 'directus_files', 'SET NULL'),
      m2o('authors', 'user', 'directus_users', 'SET NULL'),
      m2o('categories', 'parent', 'categories', 'NO ACTION', { one_field: 'children' }),
      m2o('articles', 'author', 'authors', 'RESTRICT', { one_field: 'articles' }),
      m2o('articles', 'category', 'categories', 'SET NULL'),
      m2o('comments', 'article', 'articles', 'SET NULL', { one_field: 'comments' }),
      m2o('articles_tags', 'articles_id', 'articles', 'CASCADE', {
        one_field: 'tags',
        junction_field: 'tags_id',
      }),
      m2o('articles_tags', 'tags_id', 'tags', 'CASCADE', { junction_field: 'articles_id' }),
      m2o('articles_files', 'articles_id', 'articles', 'CASCADE', {
        one_field: 'gallery',
        junction_field: 'directus_files_id',
      }),
      m2o('articles_files', 'directus_files_id', 'directus_files', 'SET NULL', {
        junction_field: 'articles_id',
      }),
      m2o('articles_translations', 'articles_id', 'articles', 'CASCADE', {
        one_field: 'translations',
        junction_field: 'languages_code',
      }),
      m2o('articles_translations', 'languages_code', 'languages', 'SET NULL', {
        junction_field: 'articles_id',
      }),
      m2o('pages_blocks', 'pages_id', 'pages', 'CASCADE', { one_field: 'blocks', junction_field: 'item' }),
      m2o('pages_blocks', 'item', null, 'SET NULL', {
        one_collection_field: 'collection',
        one_allowed_collections: ['block_hero', 'block_text'],
        junction_field: 'pages_id',
      }),
    ],
  };
}

/** A copy to edit in a test without touching the original. */
export function cloneSchema(schema: DirectusSchema): DirectusSchema {
  return structuredClone(schema);
}
