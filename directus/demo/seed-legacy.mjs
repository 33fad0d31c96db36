// A small demo model for Directus 9.0.0-rc (the id-addressed relations API: rows with
// many_collection / many_field / one_collection / one_field, no foreign keys), seeded through
// its REST API with plain fetch. The current SDK does not speak this API.
//
// What it contains (8 collections, 7 relation rows, besides the system ones):
// - authors (id, name, avatar → directus_files: a file M2O on a uuid field),
//   categories (id, name), tags (id, name), block_hero (id, headline), block_text (id, body)
// - articles (id, title, author, category):
//   - M2O articles.author → authors, with the O2M alias authors.articles (one_field)
//   - M2O articles.category → categories, no alias
//   - M2M articles.tags ⇄ tags through the junction articles_tags (id, articles_id, tags_id):
//     two rows whose junction_field point at each other; alias articles.tags
// - pages (id, title): M2A pages.blocks through pages_blocks (id, pages_id, item, collection):
//   pages_blocks.pages_id → pages (one_field blocks, junction_field item) and pages_blocks.item
//   with one_collection null, one_collection_field 'collection', one_allowed_collections
//   [block_hero, block_text], junction_field pages_id
// - one author, one article with one tag, one page with one hero block.

const id = {
  field: 'id',
  type: 'integer',
  meta: { hidden: true },
  schema: { is_primary_key: true, has_auto_increment: true },
};
const text = (field) => ({ field, type: 'string', meta: { interface: 'text-input' }, schema: {} });
const integer = (field, meta = {}) => ({ field, type: 'integer', meta, schema: {} });
const string = (field, meta = {}) => ({ field, type: 'string', meta, schema: {} });
const alias = (field, special, iface) => ({
  field,
  type: 'alias',
  meta: { special: [special], interface: iface },
});
const m2o = (iface = 'many-to-one') => ({ interface: iface, special: ['m2o'] });

const collections = [
  {
    collection: 'authors',
    fields: [
      id,
      text('name'),
      { field: 'avatar', type: 'uuid', meta: { interface: 'file', special: ['file'] }, schema: {} },
    ],
  },
  { collection: 'categories', fields: [id, text('name')] },
  { collection: 'tags', fields: [id, text('name')] },
  {
    collection: 'articles',
    fields: [id, text('title'), integer('author', m2o()), integer('category', m2o())],
  },
  {
    collection: 'articles_tags',
    hidden: true,
    fields: [id, integer('articles_id', { hidden: true }), integer('tags_id', { hidden: true })],
  },
  { collection: 'pages', fields: [id, text('title')] },
  { collection: 'block_hero', fields: [id, text('headline')] },
  { collection: 'block_text', fields: [id, text('body')] },
  {
    collection: 'pages_blocks',
    hidden: true,
    fields: [
      id,
      integer('pages_id', { hidden: true }),
      string('item', { hidden: true }),
      string('collection', { hidden: true }),
    ],
  },
];

const aliases = [
  { collection: 'authors', ...alias('articles', 'o2m', 'one-to-many') },
  { collection: 'articles', ...alias('tags', 'm2m', 'many-to-many') },
  { collection: 'pages', ...alias('blocks', 'm2a', 'm2a-builder') },
];

const relation = (many_collection, many_field, one_collection, extra = {}) => ({
  many_collection,
  many_field,
  many_primary: 'id',
  one_collection,
  one_primary: one_collection ? 'id' : null,
  one_field: null,
  junction_field: null,
  ...extra,
});

const relations = [
  relation('authors', 'avatar', 'directus_files'),
  relation('articles', 'author', 'authors', { one_field: 'articles' }),
  relation('articles', 'category', 'categories'),
  relation('articles_tags', 'articles_id', 'articles', { one_field: 'tags', junction_field: 'tags_id' }),
  relation('articles_tags', 'tags_id', 'tags', { junction_field: 'articles_id' }),
  relation('pages_blocks', 'pages_id', 'pages', { one_field: 'blocks', junction_field: 'item' }),
  relation('pages_blocks', 'item', null, {
    one_collection_field: 'collection',
    one_allowed_collections: ['block_hero', 'block_text'],
    junction_field: 'pages_id',
  }),
];

export async function seedLegacyDemo(url, token) {
  const request = async (method, path, body) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
    return text ? JSON.parse(text).data : null;
  };
  for (const { collection, fields, hidden } of collections) {
    const meta = hidden ? { hidden: true, icon: 'import_export' } : {};
    await request('POST', '/collections', { collection, meta, schema: {}, fields });
  }
  for (const { collection, ...field } of aliases) await request('POST', `/fields/${collection}`, field);
  for (const row of relations) await request('POST', '/relations', row);
  // The server checks none of this (rc.64 accepts any names): read it back.
  const created = await request('GET', '/relations?limit=-1');
  for (const row of relations) {
    const found = created.find(
      (r) => r.many_collection === row.many_collection && r.many_field === row.many_field && !r.system,
    );
    if (!found) throw new Error(`relation ${row.many_collection}.${row.many_field} missing after seeding`);
  }
  await request('POST', '/items/authors', { name: 'Ada Lovelace' });
  await request('POST', '/items/categories', { name: 'News' });
  await request('POST', '/items/tags', { name: 'diagrams' });
  await request('POST', '/items/articles', { title: 'Hello Relata', author: 1, category: 1 });
  await request('POST', '/items/articles_tags', { articles_id: 1, tags_id: 1 });
  await request('POST', '/items/pages', { title: 'Home' });
  await request('POST', '/items/block_hero', { headline: 'Welcome' });
  await request('POST', '/items/pages_blocks', { pages_id: 1, item: '1', collection: 'block_hero' });
}
