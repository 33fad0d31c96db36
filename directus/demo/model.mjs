// The demo data model: 16 collections (under the 25 of unlicensed Directus 12) with every
// relationship kind Relata draws. Fields follow what the Directus Data Studio creates.

const id = {
  field: 'id',
  type: 'integer',
  meta: { hidden: true, interface: 'input', readonly: true },
  schema: { is_primary_key: true, has_auto_increment: true },
};
const text = (field, extra = {}) => ({
  field,
  type: 'string',
  meta: { interface: 'input', ...extra },
  schema: {},
});
const fk = (field, type = 'integer', special = 'm2o', nullable = true) => ({
  field,
  type,
  meta: { interface: special === 'file' ? 'file-image' : 'select-dropdown-m2o', special: [special] },
  schema: { is_nullable: nullable },
});
const alias = (field, special, iface) => ({
  field,
  type: 'alias',
  meta: { interface: iface, special: [special] },
});
const hidden = (field, type = 'integer') => ({ field, type, meta: { hidden: true }, schema: {} });

export const folders = [
  { collection: 'content', meta: { icon: 'folder', note: 'Editorial content' } },
  { collection: 'website', meta: { icon: 'folder', note: 'Pages and their blocks' } },
];

export const collections = [
  {
    collection: 'languages',
    fields: [
      {
        field: 'code',
        type: 'string',
        meta: { interface: 'input' },
        schema: { is_primary_key: true, max_length: 10 },
      },
      text('name'),
    ],
  },
  {
    collection: 'authors',
    group: 'content',
    fields: [id, text('name'), fk('avatar', 'uuid', 'file'), fk('user', 'uuid')],
  },
  { collection: 'categories', group: 'content', fields: [id, text('name'), fk('parent')] },
  {
    collection: 'articles',
    group: 'content',
    fields: [
      id,
      text('title'),
      text('status'),
      fk('author', 'integer', 'm2o', false),
      fk('category'),
      fk('cover', 'uuid', 'file'),
    ],
  },
  { collection: 'tags', group: 'content', fields: [id, text('name')] },
  { collection: 'comments', group: 'content', fields: [id, text('body'), fk('article'), hidden('sort')] },
  { collection: 'articles_tags', junction: true, fields: [id, hidden('articles_id'), hidden('tags_id')] },
  {
    collection: 'articles_files',
    junction: true,
    fields: [id, hidden('articles_id'), hidden('directus_files_id', 'uuid')],
  },
  {
    collection: 'articles_translations',
    junction: true,
    fields: [id, hidden('articles_id'), hidden('languages_code', 'string'), text('title'), text('summary')],
  },
  { collection: 'pages', group: 'website', fields: [id, text('title'), text('slug')] },
  { collection: 'block_hero', group: 'website', fields: [id, text('headline'), fk('image', 'uuid', 'file')] },
  { collection: 'block_text', group: 'website', fields: [id, text('body')] },
  { collection: 'block_cta', group: 'website', fields: [id, text('label'), text('url')] },
  {
    collection: 'pages_blocks',
    junction: true,
    fields: [
      id,
      hidden('pages_id'),
      hidden('item', 'string'),
      hidden('collection', 'string'),
      hidden('sort'),
    ],
  },
];

export const aliases = [
  { collection: 'authors', ...alias('articles', 'o2m', 'list-o2m') },
  { collection: 'categories', ...alias('children', 'o2m', 'list-o2m') },
  { collection: 'articles', ...alias('comments', 'o2m', 'list-o2m') },
  { collection: 'articles', ...alias('tags', 'm2m', 'list-m2m') },
  { collection: 'articles', ...alias('gallery', 'files', 'files') },
  { collection: 'articles', ...alias('translations', 'translations', 'translations') },
  { collection: 'pages', ...alias('blocks', 'm2a', 'list-m2a') },
];

const m2o = (collection, field, related_collection, on_delete, meta = {}) => ({
  collection,
  field,
  related_collection,
  meta: { one_deselect_action: 'nullify', ...meta },
  schema: { on_delete },
});

export const relations = [
  m2o('authors', 'avatar', 'directus_files', 'SET NULL'),
  m2o('authors', 'user', 'directus_users', 'SET NULL'),
  // Self-reference: Directus uses NO ACTION here.
  m2o('categories', 'parent', 'categories', 'NO ACTION', { one_field: 'children' }),
  // NOT NULL foreign key: SET NULL is impossible, so RESTRICT.
  m2o('articles', 'author', 'authors', 'RESTRICT', { one_field: 'articles' }),
  m2o('articles', 'category', 'categories', 'SET NULL'),
  m2o('articles', 'cover', 'directus_files', 'SET NULL'),
  m2o('comments', 'article', 'articles', 'CASCADE', {
    one_field: 'comments',
    sort_field: 'sort',
    one_deselect_action: 'delete',
  }),
  m2o('block_hero', 'image', 'directus_files', 'SET NULL'),
  // M2M articles ⇄ tags
  m2o('articles_tags', 'articles_id', 'articles', 'CASCADE', {
    one_field: 'tags',
    junction_field: 'tags_id',
    one_deselect_action: 'delete',
  }),
  m2o('articles_tags', 'tags_id', 'tags', 'CASCADE', { junction_field: 'articles_id' }),
  // Files: articles.gallery
  m2o('articles_files', 'articles_id', 'articles', 'CASCADE', {
    one_field: 'gallery',
    junction_field: 'directus_files_id',
  }),
  m2o('articles_files', 'directus_files_id', 'directus_files', 'SET NULL', { junction_field: 'articles_id' }),
  // Translations: articles.translations
  m2o('articles_translations', 'articles_id', 'articles', 'CASCADE', {
    one_field: 'translations',
    junction_field: 'languages_code',
  }),
  m2o('articles_translations', 'languages_code', 'languages', 'SET NULL', { junction_field: 'articles_id' }),
  // M2A page builder: pages.blocks
  m2o('pages_blocks', 'pages_id', 'pages', 'CASCADE', {
    one_field: 'blocks',
    junction_field: 'item',
    sort_field: 'sort',
  }),
  {
    collection: 'pages_blocks',
    field: 'item',
    related_collection: null,
    meta: {
      one_collection_field: 'collection',
      one_allowed_collections: ['block_hero', 'block_text', 'block_cta'],
      junction_field: 'pages_id',
      one_deselect_action: 'nullify',
    },
    schema: null,
  },
];
