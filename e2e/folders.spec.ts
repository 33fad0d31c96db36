// Folders and junctions on the map: what is grouped or folded away is still there, and says so.
import { createField, createRelation } from '@directus/sdk';
import { expect, test } from './fixtures';

test.describe('folders and hidden junctions', () => {
  test.beforeEach(async ({ relata, demoDirectus }) => {
    await relata.openConnected(demoDirectus);
  });

  test('collections are grouped by their Directus folder, and a folder collapses into one box', async ({
    relata,
    page,
  }) => {
    await page.getByLabel('Group by folder').click();
    await page.getByRole('button', { name: 'Collapse folder content' }).click();
    const content = relata.diagram.getByRole('group', { name: 'Folder content', exact: true });
    // The demo's content folder holds authors, categories, articles, tags and comments.
    for (const inside of ['authors', 'categories', 'articles', 'tags', 'comments'])
      await expect(relata.node(inside)).toHaveCount(0);
    await expect(content).toContainText('5 collections inside');
    await expect(relata.node('languages')).toBeVisible();
    // The relations of the collections inside end at the folder's box: articles.cover,
    // authors.avatar and articles.gallery at directus_files, articles.translations at languages.
    const endingAt = (ends: string) => relata.diagram.locator(`.react-flow__edge[data-ends="${ends}"]`);
    await expect(endingAt('content directus_files')).toHaveCount(3);
    await expect(endingAt('content languages')).toHaveCount(1);
    await page.getByRole('button', { name: 'Expand folder content' }).click();
    await expect(relata.node('articles')).toBeVisible();
    await expect(relata.diagram.locator('.react-flow__edge[data-ends^="content "]')).toHaveCount(0);
    await expect(endingAt('articles directus_files')).toHaveCount(2);
  });
});

test.describe('nothing is hidden silently @write', () => {
  test("a hidden junction's own relations are named on its edge and in the panel, with a way to show them", async ({
    relata,
    freshDirectus,
    page,
  }) => {
    await freshDirectus.api.request(
      createField('articles_tags', {
        field: 'note',
        type: 'integer',
        meta: { interface: 'select-dropdown-m2o' },
        schema: {},
      }),
    );
    await freshDirectus.api.request(
      createRelation({ collection: 'articles_tags', field: 'note', related_collection: 'authors' } as never),
    );
    await relata.openConnected(freshDirectus);
    const m2m = relata.edge('articles.tags ⇄ tags (M2M via articles_tags)');
    await expect(m2m).toHaveAttribute('aria-description', /Hidden with the junction: articles_tags\.note/);
    await relata.selectEdge('articles.tags ⇄ tags (M2M via articles_tags)');
    await expect(relata.panel).toContainText('articles_tags also has 1 relation of its own');
    await relata.panel.getByRole('button', { name: 'Show junction collections' }).click();
    await expect(relata.edge('articles_tags.note → authors (M2O)')).toHaveCount(1);
    await expect(page).toHaveURL(/junctions=1/);
  });
});
