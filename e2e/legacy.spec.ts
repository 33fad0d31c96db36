// Directus 9.0.0-rc.64: relations are rows addressed by id, without foreign keys, and the server
// validates almost nothing. Run on the rc.64 project only (E2E_EXTRA_VERSIONS=9.0.0-rc.64:sqlite).
import { expect, test } from './fixtures';
import { addField, legacyRequest, legacyRow, rowsFor } from './support/legacy';
import { RelationFormPage } from './support/relata-page';
import { mutationOf, recordTraffic, recordWrites, requestsIn } from './support/requests';

/** The legacy demo (directus/demo/seed-legacy.mjs) as edges, written out by hand. */
const legacyEdges = [
  'authors.avatar → directus_files (file)',
  'articles.author → authors.articles (O2M)',
  'articles.category → categories (M2O)',
  'articles.tags ⇄ tags (M2M via articles_tags)',
  'pages.blocks ⇄ block_hero (M2A via pages_blocks)',
  'pages.blocks ⇄ block_text (M2A via pages_blocks)',
];

async function idOf(directus: Parameters<typeof rowsFor>[0], collection: string, field: string) {
  const [row] = await rowsFor(directus, collection, field);
  if (typeof row?.id !== 'number') throw new Error(`no row for ${collection}.${field}`);
  return row.id;
}

test('connecting to a 9.0 RC reads its relation rows once @legacy', async ({
  relata,
  demoDirectus,
  page,
}) => {
  await relata.open();
  const traffic = recordTraffic(page, demoDirectus.url);
  await relata.connectWithToken(demoDirectus.url, demoDirectus.token);
  await relata.expectDiagram();
  await expect(relata.dialectBadge).toHaveText('REST (id-addressed, 9.0 RC)');
  // No policies on the RCs: GraphQL cannot say whether the user is an admin, /users/me does.
  expect(requestsIn(traffic)).toEqual(
    ['POST /graphql/system', 'GET /users/me', 'GET /relations', 'GET /collections', 'GET /fields'].sort(),
  );
});

test.describe('the id-addressed relations of the 9.0 release candidates @legacy', () => {
  // Each test starts a Directus of its own: on a loaded machine that alone can take half a minute.
  test.describe.configure({ timeout: 120_000 });

  test.beforeEach(async ({ relata, freshDirectus }) => {
    for (const field of ['editor', 'reviewer', 'position']) await addField(freshDirectus, 'articles', field);
    await relata.openConnected(freshDirectus);
  });

  test('the demo model is drawn with the right kinds, as metadata without foreign keys', async ({
    relata,
    freshDirectus,
    page,
  }) => {
    await expect(relata.dialectBadge).toHaveText('REST (id-addressed, 9.0 RC)');
    for (const name of legacyEdges) await expect(relata.edge(name)).toHaveCount(1);
    await expect(relata.edges).toHaveCount(legacyEdges.length);
    await relata.selectEdge('articles.category → categories (M2O)');
    await expect(relata.panel).toContainText(
      'no foreign key: the 9.0 release candidates keep relations as metadata only',
    );
    const id = await idOf(freshDirectus, 'articles', 'category');
    await expect(relata.property('articles.category', 'meta', 'id')).toHaveText(String(id));
    const form = new RelationFormPage(page, 'articles.category');
    await expect(form.select('One deselect action')).toHaveCount(0);
    await expect(form.select('On delete')).toHaveCount(0);
  });

  test('dragging a field onto a collection creates its row with one POST /relations', async ({
    relata,
    freshDirectus,
    page,
  }) => {
    const writes = recordWrites(page, freshDirectus.url);
    await page.getByLabel('Connect articles.editor').dragTo(relata.node('authors'));
    await expect(page.getByRole('alert').filter({ hasText: 'Relation created' })).toBeVisible();
    await expect(relata.edge('articles.editor → authors (M2O)')).toHaveCount(1);
    expect(writes.map((w) => `${w.method} ${w.path}`)).toEqual(['POST /relations']);
    expect(writes[0]?.body).toMatchObject({
      many_collection: 'articles',
      many_field: 'editor',
      many_primary: 'id',
      one_collection: 'authors',
      one_primary: 'id',
    });
    const rows = await rowsFor(freshDirectus, 'articles', 'editor');
    expect(rows).toHaveLength(1);
    expect(await legacyRow(freshDirectus, rows[0]?.id ?? -1)).toMatchObject({ one_collection: 'authors' });
  });

  test('the form changes one field, sort field and junction field of a row by its id', async ({
    relata,
    freshDirectus,
    page,
  }) => {
    const id = await idOf(freshDirectus, 'articles', 'category');
    const writes = recordWrites(page, freshDirectus.url);
    await relata.selectEdge('articles.category → categories (M2O)');
    const form = new RelationFormPage(page, 'articles.category');
    await form.choose('One field', 'Create a new alias field…');
    await form.control('New one field name').fill('articles');
    await form.choose('Sort field', 'position');
    await form.save();
    await form.expectSaved();
    expect(writes.map((w) => `${w.method} ${w.path}`)).toEqual([
      'POST /fields/categories',
      `PATCH /relations/${id}`,
    ]);
    expect(await legacyRow(freshDirectus, id)).toMatchObject({
      many_collection: 'articles',
      many_field: 'category',
      one_field: 'articles',
      sort_field: 'position',
    });
    expect(await legacyRequest(freshDirectus, 'GET', '/fields/categories/articles')).toMatchObject({
      type: 'alias',
    });

    const junctionId = await idOf(freshDirectus, 'articles_tags', 'tags_id');
    await relata.toggle('Show junction collections');
    await relata.selectEdge('articles_tags.tags_id → tags (M2O)');
    const junction = new RelationFormPage(page, 'articles_tags.tags_id');
    await expect(junction.select('Junction field')).toHaveValue('articles_id');
    await junction.choose('Junction field', 'id');
    await junction.save();
    await expect.poll(async () => (await legacyRow(freshDirectus, junctionId))?.junction_field).toBe('id');
    expect(writes.at(-1)).toMatchObject({ method: 'PATCH', path: `/relations/${junctionId}` });
  });

  test('deleting a relation deletes its row by id', async ({ relata, freshDirectus, page }) => {
    const id = await idOf(freshDirectus, 'articles', 'category');
    const writes = recordWrites(page, freshDirectus.url);
    await relata.selectEdge('articles.category → categories (M2O)');
    await new RelationFormPage(page, 'articles.category').form
      .getByRole('button', { name: 'Delete relation' })
      .click();
    await page
      .getByRole('dialog', { name: 'Delete relation articles.category' })
      .getByRole('button', { name: 'Delete', exact: true })
      .click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(relata.edge('articles.category → categories (M2O)')).toHaveCount(0);
    expect(writes.map((w) => `${w.method} ${w.path}`)).toEqual([`DELETE /relations/${id}`]);
    expect(await legacyRow(freshDirectus, id)).toBeNull();
  });

  test('several fields made many-to-one in one step go as one POST with an array', async ({
    relata,
    freshDirectus,
    page,
  }) => {
    const writes = recordWrites(page, freshDirectus.url);
    await relata.selectNode('articles');
    const section = relata.panel.getByRole('region', { name: 'Make fields of articles many-to-one' });
    await section.getByRole('checkbox', { name: 'editor (integer)' }).check();
    await section.getByRole('checkbox', { name: 'reviewer (integer)' }).check();
    await section.getByRole('combobox', { name: 'Target collection' }).click();
    await page.getByRole('option', { name: 'authors', exact: true }).click();
    await section.getByRole('button', { name: 'Make 2 many-to-one…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create 2 relations' });
    await expect(dialog.getByRole('list', { name: 'Relations to create' }).getByRole('listitem')).toHaveText([
      'articles.editor → authors',
      'articles.reviewer → authors',
    ]);
    await dialog.getByRole('button', { name: 'Copy as' }).click();
    await page.getByRole('menuitem', { name: 'curl' }).click();
    const code = page.getByRole('dialog', { name: 'Copy as curl' }).getByLabel('Request');
    await expect(code).toContainText(`curl -X POST '${freshDirectus.url}/relations'`);
    await expect(code).toContainText('"many_field": "reviewer"');
    await page.getByRole('dialog', { name: 'Copy as curl' }).getByRole('button', { name: 'Close' }).click();
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: '2 relations created' })).toBeVisible();
    expect(writes.map((w) => `${w.method} ${w.path}`)).toEqual(['POST /relations']);
    expect(writes[0]?.body).toEqual([
      expect.objectContaining({ many_field: 'editor', one_collection: 'authors' }),
      expect.objectContaining({ many_field: 'reviewer', one_collection: 'authors' }),
    ]);
    for (const field of ['editor', 'reviewer']) {
      const [row] = await rowsFor(freshDirectus, 'articles', field);
      expect(await legacyRow(freshDirectus, row?.id ?? -1)).toMatchObject({ one_collection: 'authors' });
    }
    await expect(relata.edge('articles.reviewer → authors (M2O)')).toHaveCount(1);
  });

  test('several selected relations are deleted with one DELETE of their ids', async ({
    relata,
    freshDirectus,
    page,
  }) => {
    const ids = [
      await idOf(freshDirectus, 'articles', 'category'),
      await idOf(freshDirectus, 'authors', 'avatar'),
    ];
    const writes = recordWrites(page, freshDirectus.url);
    await relata.clickEdge('articles.category → categories (M2O)');
    await relata.clickEdge('authors.avatar → directus_files (file)', ['Control']);
    await relata.panel.getByRole('button', { name: 'Delete 2 relations' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete 2 relations' });
    await expect(dialog.getByRole('list', { name: 'What deleting articles.category does' })).toBeVisible();
    await expect(dialog.getByRole('list', { name: 'What deleting authors.avatar does' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect(writes.map((w) => `${w.method} ${w.path}`)).toEqual(['DELETE /relations']);
    expect(writes[0]?.body).toEqual(ids);
    for (const id of ids) expect(await legacyRow(freshDirectus, id)).toBeNull();
  });

  test('over GraphQL too: rows are created and deleted by id, two deletions in one mutation', async ({
    relata,
    freshDirectus,
    page,
  }) => {
    await page.reload();
    await relata.connectWithToken(freshDirectus.url, freshDirectus.token, { dialect: 'GraphQL' });
    await relata.expectDiagram();
    await expect(relata.dialectBadge).toHaveText('GraphQL (9.0 RC)');
    const writes = recordWrites(page, freshDirectus.url);
    await page.getByLabel('Connect articles.editor').dragTo(relata.node('authors'));
    await expect(page.getByRole('alert').filter({ hasText: 'Relation created' })).toBeVisible();
    const [row] = await rowsFor(freshDirectus, 'articles', 'editor');
    expect(await legacyRow(freshDirectus, row?.id ?? -1)).toMatchObject({ one_collection: 'authors' });

    const ids = [row?.id, await idOf(freshDirectus, 'articles', 'category')];
    await relata.clickEdge('articles.editor → authors (M2O)');
    await relata.clickEdge('articles.category → categories (M2O)', ['Control']);
    await relata.panel.getByRole('button', { name: 'Delete 2 relations' }).click();
    await page
      .getByRole('dialog', { name: 'Delete 2 relations' })
      .getByRole('button', { name: 'Delete', exact: true })
      .click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect(writes.map(mutationOf)).toEqual(['create_relations_item', 'delete_relations_items']);
    expect((writes[1]?.body as { variables?: unknown }).variables).toEqual({ ids });
    for (const id of ids) expect(await legacyRow(freshDirectus, id ?? -1)).toBeNull();
  });

  test('a duplicate, a missing field and a missing collection are refused before any write', async ({
    relata,
    freshDirectus,
    page,
  }) => {
    await legacyRequest(freshDirectus, 'POST', '/collections', {
      collection: 'gone',
      meta: {},
      schema: {},
      fields: [
        {
          field: 'id',
          type: 'integer',
          meta: { hidden: true },
          schema: { is_primary_key: true, has_auto_increment: true },
        },
      ],
    });
    await page.reload();
    await relata.connectWithToken(freshDirectus.url, freshDirectus.token);
    await relata.expectDiagram();
    const writes = recordWrites(page, freshDirectus.url);

    // A second row for a field that has one: rc.64 would store it (recorded/…-rc.64-sqlite/12).
    await page.getByLabel('Connect articles.author').dragTo(relata.node('categories'));
    await expect(
      page.getByRole('alert').filter({ hasText: 'No relation from articles.author to categories' }),
    ).toContainText('already has a relation');
    await relata.expectModelRead();

    // A field removed behind Relata's back: rc.64 would accept a row for it (…/16).
    await legacyRequest(freshDirectus, 'DELETE', '/fields/articles/editor');
    await page.getByLabel('Connect articles.editor').dragTo(relata.node('authors'));
    await expect(page.getByRole('alert').filter({ hasText: 'The relation was not created' })).toContainText(
      "articles.editor doesn't exist",
    );
    // The read after the refusal drops the field; gone must still be there when it is chosen.
    await expect(page.getByLabel('Connect articles.editor')).toHaveCount(0);
    await relata.expectModelRead();

    // A collection removed behind Relata's back: rc.64 would accept a row pointing at it (…/11).
    await legacyRequest(freshDirectus, 'DELETE', '/collections/gone');
    await relata.selectNode('articles');
    const section = relata.panel.getByRole('region', { name: 'Make fields of articles many-to-one' });
    await section.getByRole('checkbox', { name: 'reviewer (integer)' }).check();
    await section.getByRole('combobox', { name: 'Target collection' }).click();
    await page.getByRole('option', { name: 'gone', exact: true }).click();
    await section.getByRole('button', { name: 'Make 1 many-to-one…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create 1 relation' });
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(dialog.getByRole('alert', { name: 'Not created' })).toContainText(
      "Relata did not send this: Collection gone doesn't exist",
    );

    expect(writes).toEqual([]);
    expect(await rowsFor(freshDirectus, 'articles', 'author')).toHaveLength(1);
    expect(await rowsFor(freshDirectus, 'articles', 'editor')).toHaveLength(0);
    expect(await rowsFor(freshDirectus, 'articles', 'reviewer')).toHaveLength(0);
  });
});
