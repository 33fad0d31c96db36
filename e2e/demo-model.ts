// What the demo model must look like on the diagram, written out by hand from
// directus/demo/model.mjs (not computed by the code under test).
export const demoCollections = [
  'languages',
  'authors',
  'categories',
  'articles',
  'tags',
  'comments',
  'pages',
  'block_hero',
  'block_text',
  'block_cta',
];
export const demoJunctions = ['articles_tags', 'articles_files', 'articles_translations', 'pages_blocks'];
export const demoFolders = ['content', 'website'];
/** System collections a demo relation points at. */
export const touchedSystemCollections = ['directus_files', 'directus_users'];

export const demoEdges = [
  'authors.avatar → directus_files (file)',
  'authors.user → directus_users (M2O)',
  'categories.parent → categories.children (O2M)',
  'articles.author → authors.articles (O2M)',
  'articles.category → categories (M2O)',
  'articles.cover → directus_files (file)',
  'comments.article → articles.comments (O2M)',
  'block_hero.image → directus_files (file)',
  'articles.tags ⇄ tags (M2M via articles_tags)',
  'articles.gallery ⇄ directus_files (files via articles_files)',
  'articles.translations ⇄ languages (translations via articles_translations)',
  'pages.blocks ⇄ block_hero (M2A via pages_blocks)',
  'pages.blocks ⇄ block_text (M2A via pages_blocks)',
  'pages.blocks ⇄ block_cta (M2A via pages_blocks)',
];

/** With junctions shown, each junction-based edge becomes the junction's own relations. */
export const junctionPartEdges = [
  'articles_tags.articles_id → articles (M2O)',
  'articles_tags.tags_id → tags (M2O)',
  'articles_files.articles_id → articles (M2O)',
  'articles_files.directus_files_id → directus_files (M2O)',
  'articles_translations.articles_id → articles (M2O)',
  'articles_translations.languages_code → languages (M2O)',
  'pages_blocks.pages_id → pages (M2O)',
  'pages_blocks.item → block_hero (M2A)',
  'pages_blocks.item → block_text (M2A)',
  'pages_blocks.item → block_cta (M2A)',
];
