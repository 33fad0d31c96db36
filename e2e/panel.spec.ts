import { readRelation } from '@directus/sdk';
import { expect, test } from './fixtures';

const META_KEYS = [
  'id',
  'one_field',
  'one_collection_field',
  'one_allowed_collections',
  'junction_field',
  'sort_field',
  'one_deselect_action',
  'system',
];
const SCHEMA_KEYS = [
  'table',
  'column',
  'foreign_key_table',
  'foreign_key_column',
  'constraint_name',
  'on_update',
  'on_delete',
];

/** How the panel writes a value: as text, null as "null", lists comma-separated. */
function shown(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

test.describe('the side panel shows what Directus stores', () => {
  test.beforeEach(async ({ relata, demoDirectus }) => {
    await relata.openConnected(demoDirectus);
  });

  test("an edge's panel shows every meta and schema value of its relation", async ({
    relata,
    demoDirectus,
  }) => {
    await relata.selectEdge('comments.article → articles.comments (O2M)');
    const relation = await demoDirectus.api.request(readRelation('comments', 'article'));
    expect(relation.meta?.sort_field).toBe('sort');
    await expect(relata.property('comments.article', 'relation', 'related_collection')).toHaveText(
      'articles',
    );
    for (const key of META_KEYS) {
      await expect(relata.property('comments.article', 'meta', key)).toHaveText(
        shown((relation.meta as Record<string, unknown>)[key]),
      );
    }
    for (const key of SCHEMA_KEYS) {
      await expect(relata.property('comments.article', 'schema', key)).toHaveText(
        shown((relation.schema as Record<string, unknown>)[key]),
      );
    }
  });

  test('a junction relationship shows both of its relations', async ({ relata, demoDirectus }) => {
    await relata.selectEdge('pages.blocks ⇄ block_text (M2A via pages_blocks)');
    const item = await demoDirectus.api.request(readRelation('pages_blocks', 'item'));
    const parent = await demoDirectus.api.request(readRelation('pages_blocks', 'pages_id'));
    await expect(relata.property('pages_blocks.item', 'meta', 'one_allowed_collections')).toHaveText(
      shown(item.meta?.one_allowed_collections),
    );
    await expect(relata.property('pages_blocks.item', 'meta', 'one_collection_field')).toHaveText(
      'collection',
    );
    await expect(relata.property('pages_blocks.item', 'relation', 'related_collection')).toHaveText('null');
    await expect(relata.panel.getByText('schema is null')).toBeVisible();
    await expect(relata.property('pages_blocks.pages_id', 'schema', 'on_delete')).toHaveText(
      shown(parent.schema?.on_delete),
    );
    await expect(relata.property('pages_blocks.pages_id', 'meta', 'junction_field')).toHaveText('item');
  });

  test('a node shows its fields and the relations into and out of it', async ({ relata }) => {
    await relata.selectNode('authors');
    await expect(relata.panel.getByRole('heading', { name: 'Collection authors' })).toBeVisible();
    await expect(relata.panel.getByRole('table', { name: 'Fields of authors' }).getByRole('row')).toHaveCount(
      1 + 5,
    );
    const out = relata.panel.getByRole('list', { name: 'Relations out of authors' });
    await expect(out.getByRole('button')).toHaveText([
      'authors.avatar → directus_files',
      'authors.user → directus_users',
    ]);
    // GET /relations/authors lists only these outgoing ones; the incoming one comes from the full list.
    const into = relata.panel.getByRole('list', { name: 'Relations into authors' });
    await expect(into.getByRole('button')).toHaveText(['articles.author → authors']);
  });

  test('the selection is in the URL, so a link opens the same view', async ({
    relata,
    demoDirectus,
    page,
  }) => {
    await relata.selectEdge('articles.category → categories (M2O)');
    await expect(page).toHaveURL(/relationship=/);
    const link = page.url();
    await page.goto(link);
    await relata.connectWithToken(demoDirectus.url, demoDirectus.token);
    await expect(relata.property('articles.category', 'schema', 'on_delete')).toHaveText('SET NULL');
  });
});
