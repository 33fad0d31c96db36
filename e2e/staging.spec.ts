import { createField, readCollection, readField, readRelation, updateRelation } from '@directus/sdk';
import { expect, test } from './fixtures';
import { errorCodeOf, relationOrNull, type RunningDirectus } from './support/directus';
import {
  DELETED_EDGE,
  DELETED_RELATION_EDGE,
  FK_EDGE,
  M2M_EDGE,
  recordSchemaRequests,
  StagingPage,
} from './support/staging';

const relationOf = (body: unknown) =>
  body as {
    meta: Record<string, unknown> | null;
    schema: Record<string, unknown> | null;
    related_collection: string | null;
  } | null;

/** What the server holds of everything the stories change. */
async function serverState(directus: RunningDirectus) {
  const read = directus.api.request.bind(directus.api);
  const comments = relationOf(await read(readRelation('comments', 'article')));
  const category = relationOf(await relationOrNull(read(readRelation('articles', 'category'))));
  return {
    // The new M2M pages ⇄ tags.
    junction: await errorCodeOf(read(readCollection('pages_tags'))),
    alias: await errorCodeOf(read(readField('pages', 'tags'))),
    junctionTarget: relationOf(await relationOrNull(read(readRelation('pages_tags', 'pages_id'))))
      ?.related_collection,
    // The foreign-key action of comments.article.
    onDelete: comments?.schema?.on_delete,
    sortField: comments?.meta?.sort_field,
    // The M2M articles ⇄ tags, deleted whole.
    tagsJunction: await errorCodeOf(read(readCollection('articles_tags'))),
    tagsAlias: await errorCodeOf(read(readField('articles', 'tags'))),
    tagsOneField: relationOf(await relationOrNull(read(readRelation('articles_tags', 'articles_id'))))?.meta
      ?.one_field,
    // SQLite keeps the constraint of a deleted relation: it reads back without its meta row.
    categoryTracked: category?.meta != null,
  };
}

const UNTOUCHED = {
  junction: 'FORBIDDEN',
  alias: 'FORBIDDEN',
  junctionTarget: undefined,
  onDelete: 'CASCADE',
  sortField: 'sort',
  tagsJunction: null,
  tagsAlias: null,
  tagsOneField: 'tags',
  categoryTracked: true,
};

/** The three staged changes made. */
const APPLIED = {
  ...UNTOUCHED,
  junction: null,
  alias: null,
  junctionTarget: 'pages',
  onDelete: 'SET NULL',
  tagsJunction: 'FORBIDDEN',
  tagsAlias: 'FORBIDDEN',
  tagsOneField: undefined,
};

test.describe('staging changes, applying them at once, undoing them @write', () => {
  // Each story stages three changes through the UI and checks the server after every step.
  test.describe.configure({ timeout: 180_000 });

  test.beforeEach(async ({ relata, freshDirectus }) => {
    await relata.openConnected(freshDirectus);
  });

  test('staged changes are drawn marked, sent nowhere, and applied all at once', async ({
    relata,
    freshDirectus,
    page,
  }) => {
    const staging = new StagingPage(page, relata);
    const requests = recordSchemaRequests(page);
    await staging.stageAllThree();
    await expect(staging.items).toHaveText([
      /M2M · New M2M: pages\.tags → tags.*Create hidden junction collection pages_tags/,
      /O2M · Edit relation comments\.article \(schema\.on_delete: CASCADE → SET NULL\)/,
      /M2M · Delete relationship articles_tags\.articles_id with its fields and junction.*Delete collection articles_tags and all its items/,
    ]);
    expect(requests.map((r) => `${r.method()} ${r.url()}`)).toEqual([]);
    expect(await serverState(freshDirectus)).toEqual(UNTOUCHED);

    await expect(relata.edge(M2M_EDGE)).toHaveAccessibleDescription('added');
    await expect(relata.edge(FK_EDGE)).toHaveAccessibleDescription('changed');
    await expect(relata.edge(DELETED_EDGE)).toHaveAccessibleDescription('removed');
    await expect(relata.node('pages')).toHaveAccessibleDescription('changed');
    await expect(relata.edge('articles.author → authors.articles (O2M)')).not.toHaveAttribute(
      'aria-description',
    );

    const dialog = await staging.applyAll();
    await expect(dialog).toHaveCount(0);
    await expect(staging.items).toHaveCount(0);
    expect(await serverState(freshDirectus)).toEqual(APPLIED);
    // One commit: one apply.
    expect(requests.filter((r) => r.url().endsWith('/schema/apply'))).toHaveLength(1);
    await expect(relata.edge(M2M_EDGE)).not.toHaveAttribute('aria-description');
    await expect(relata.edge(FK_EDGE)).not.toHaveAttribute('aria-description');
    await expect(relata.edge(DELETED_EDGE)).toHaveCount(0);
  });

  test('a failed apply sends none of the changes and keeps them pending', async ({
    relata,
    freshDirectus,
    page,
  }) => {
    const staging = new StagingPage(page, relata);
    await staging.stageAllThree();
    await page.route(
      '**/schema/apply',
      (route) =>
        route.fulfill({
          status: 500,
          json: { errors: [{ message: 'Injected failure', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] },
        }),
      { times: 1 },
    );
    await staging.applyAll();
    const alert = staging.pending.getByRole('alert').filter({ hasText: 'Nothing was applied' });
    await expect(alert).toContainText('Injected failure');
    await expect(alert).toContainText('The changes are still pending.');
    await expect(staging.items).toHaveCount(3);
    await expect(relata.edge(FK_EDGE)).toHaveAccessibleDescription('changed');
    await expect(relata.edge(DELETED_EDGE)).toHaveAccessibleDescription('removed');
    expect(await serverState(freshDirectus)).toEqual(UNTOUCHED);
  });

  test('a change made in Directus meanwhile is reported and nothing overwritten; rebase, then apply', async ({
    relata,
    freshDirectus,
    page,
  }) => {
    const staging = new StagingPage(page, relata);
    await staging.stageAllThree();
    await freshDirectus.api.request(
      createField('articles', {
        field: 'subtitle',
        type: 'string',
        meta: { interface: 'input' },
        schema: {},
      }),
    );
    await freshDirectus.api.request(
      updateRelation('comments', 'article', {
        collection: 'comments',
        field: 'article',
        related_collection: 'articles',
        meta: { one_field: 'comments', sort_field: null },
        schema: { on_delete: 'CASCADE', on_update: 'NO ACTION' },
      } as never),
    );
    const requests = recordSchemaRequests(page);
    await staging.button('Apply all').click();
    const notice = staging.pending
      .getByRole('alert')
      .filter({ hasText: 'Changed in Directus since these changes were staged' });
    await expect(notice).toContainText('Apply all stopped: nothing was sent.');
    await expect(
      notice.getByRole('list', { name: 'What changed in Directus' }).getByRole('listitem'),
    ).toHaveText([
      'field articles.subtitle added',
      'relationship comments.article changed: meta.sort_field sort → none',
    ]);
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect(requests).toHaveLength(0);
    expect(await serverState(freshDirectus)).toEqual({ ...UNTOUCHED, sortField: null });

    await notice.getByRole('button', { name: 'Rebase' }).click();
    await expect(staging.pending.getByRole('status')).toHaveText(
      'Rebased on the model Directus has now: every change still applies.',
    );
    await expect(notice).toHaveCount(0);
    await staging.applyAll();
    await expect(staging.items).toHaveCount(0);
    // Both edits of comments.article stand: the staged on_delete and Directus's sort_field.
    expect(await serverState(freshDirectus)).toEqual({ ...APPLIED, sortField: null });
    expect((await freshDirectus.api.request(readField('articles', 'subtitle'))).type).toBe('string');
  });

  test('each applied change is undone, what cannot come back is said first, and redone', async ({
    relata,
    freshDirectus,
    page,
  }) => {
    const staging = new StagingPage(page, relata);
    await staging.stageAllThree();
    await staging.applyAll();
    await expect(staging.items).toHaveCount(0);
    expect(await serverState(freshDirectus)).toEqual(APPLIED);

    const historyButton = page.getByRole('banner').getByRole('button', { name: 'History' });
    await historyButton.click();
    const history = page.getByRole('list', { name: 'History' });
    await expect(history.getByRole('listitem')).toHaveText([
      /New M2M: pages\.tags → tags$/,
      /Edit relation comments\.article/,
      /Delete relationship articles_tags\.articles_id with its fields and junction \(current\)$/,
    ]);
    await expect(history.locator('[aria-current="step"]')).toContainText('Delete relationship');
    await historyButton.click();
    await expect(history).toHaveCount(0);

    // The whole deletion of articles ⇄ tags: its junction's items cannot come back, said first.
    await staging.historyButton('Undo').click();
    let ask = page.getByRole('dialog', { name: /^Undo: M2M · Delete relationship articles_tags/ });
    await expect(ask.getByRole('list', { name: 'What cannot come back' })).toContainText(
      'the items of articles_tags',
    );
    await ask.getByRole('button', { name: 'Restore the structure without the data' }).click();
    await expect
      .poll(() => serverState(freshDirectus))
      .toEqual({ ...APPLIED, tagsJunction: null, tagsAlias: null, tagsOneField: 'tags' });
    // The foreign-key action, by keyboard.
    await page.locator('body').press('Control+z');
    await expect.poll(async () => (await serverState(freshDirectus)).onDelete).toBe('CASCADE');
    // The new M2M: dropping its junction would lose what was put in it meanwhile.
    await staging.historyButton('Undo').click();
    ask = page.getByRole('dialog', { name: /^Undo: M2M · New M2M/ });
    await expect(ask.getByRole('list', { name: 'Data it deletes' })).toContainText(
      'Delete collection pages_tags and all its items',
    );
    await ask.getByRole('button', { name: 'Undo and delete the data' }).click();
    await expect.poll(() => serverState(freshDirectus)).toEqual(UNTOUCHED);
    await expect(staging.historyButton('Undo')).toBeDisabled();

    await staging.historyButton('Redo').click();
    await expect.poll(async () => (await serverState(freshDirectus)).junction).toBeNull();
    await page.locator('body').press('Control+Shift+z');
    await expect.poll(async () => (await serverState(freshDirectus)).onDelete).toBe('SET NULL');
    await staging.historyButton('Redo').click();
    ask = page.getByRole('dialog', { name: /^Redo: M2M · Delete relationship articles_tags/ });
    await expect(ask.getByRole('list', { name: 'Data it deletes' })).toContainText(
      'Delete collection articles_tags and all its items',
    );
    await ask.getByRole('button', { name: 'Redo and delete the data' }).click();
    await expect.poll(() => serverState(freshDirectus)).toEqual(APPLIED);
    await expect(staging.historyButton('Redo')).toBeDisabled();
  });

  test('a pending set survives a reload, and is discarded only when asked', async ({
    relata,
    freshDirectus,
    page,
  }) => {
    const staging = new StagingPage(page, relata);
    await staging.stageChanges();
    await staging.stageOnDelete();
    await staging.stageDelete();
    await expect(staging.items).toHaveCount(2);
    await page.reload();
    await relata.connectWithToken(freshDirectus.url, freshDirectus.token);
    await relata.expectDiagram();
    await expect(staging.items).toHaveText([
      /Edit relation comments\.article/,
      /M2O · Delete relation articles\.category/,
    ]);
    await expect(page.getByLabel('Stage changes')).toBeChecked();
    await expect(relata.edge(DELETED_RELATION_EDGE)).toHaveAccessibleDescription('removed');
    // Nothing of the token is kept with it.
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
    expect(stored).toContain('comments');
    expect(stored).not.toContain(freshDirectus.token);

    await staging.items.nth(0).getByRole('button', { name: 'Remove' }).click();
    await expect(staging.items).toHaveText([/Delete relation articles\.category/]);
    await expect(relata.edge(FK_EDGE)).not.toHaveAttribute('aria-description');
    await staging.button('Discard all').click();
    await page
      .getByRole('dialog', { name: 'Discard 1 pending change?' })
      .getByRole('button', { name: 'Discard' })
      .click();
    await expect(staging.items).toHaveCount(0);
    await expect(relata.edge(DELETED_RELATION_EDGE)).not.toHaveAttribute('aria-description');
    expect(await serverState(freshDirectus)).toEqual(UNTOUCHED);
  });
});

test.describe('sharing a pending set @write', () => {
  test.describe.configure({ timeout: 180_000 });

  test('the set exports as a Directus schema diff, a Markdown summary and a file Relata imports', async ({
    relata,
    freshDirectus,
    page,
  }) => {
    await relata.openConnected(freshDirectus);
    const staging = new StagingPage(page, relata);
    await staging.stageChanges();
    await staging.stageManyToMany();
    await staging.stageOnDelete();

    const exported = async (item: string) => {
      await staging.button('Export changes').click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('menuitem', { name: item }).click(),
      ]);
      const path = await download.path();
      return {
        name: download.suggestedFilename(),
        text: (await import('node:fs')).readFileSync(path, 'utf8'),
      };
    };

    const diff = await exported('Directus schema diff (JSON)');
    expect(diff.name).toBe('relata-schema-diff.json');
    const body = JSON.parse(diff.text) as {
      hash: string;
      diff: { collections: { collection: string }[]; relations: { collection: string; field: string }[] };
    };
    expect(body.hash).toMatch(/\w{8,}/);
    expect(body.diff.collections.map((c) => c.collection)).toEqual(['pages_tags']);
    expect(body.diff.relations.map((r) => `${r.collection}.${r.field}`).sort()).toEqual([
      'comments.article',
      'pages_tags.pages_id',
      'pages_tags.tags_id',
    ]);

    const markdown = await exported('Summary (Markdown)');
    expect(markdown.text.split('\n').filter((line) => /^\d+\. /.test(line))).toEqual([
      '1. **M2M** New M2M: pages.tags → tags',
      '2. **O2M** Edit relation comments.article (schema.on_delete: CASCADE → SET NULL)',
    ]);

    const file = await exported('Relata changes (JSON, to import elsewhere)');
    expect(file.text).not.toContain(freshDirectus.token);
    expect(JSON.parse(file.text)).toMatchObject({ format: 'relata-changes', base: { hash: body.hash } });

    // Into a clean set (here the same model; another instance of it works the same way).
    await staging.button('Discard all').click();
    await page
      .getByRole('dialog', { name: /^Discard/ })
      .getByRole('button', { name: 'Discard' })
      .click();
    await expect(staging.items).toHaveCount(0);
    const chooser = page.waitForEvent('filechooser');
    await staging.button('Import changes').click();
    await (
      await chooser
    ).setFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
    await expect(staging.items).toHaveText([
      /New M2M: pages\.tags → tags/,
      /Edit relation comments\.article/,
    ]);
    await expect(relata.edge(M2M_EDGE)).toHaveAccessibleDescription('added');
    await staging.applyAll();
    await expect(staging.items).toHaveCount(0);
    expect(await serverState(freshDirectus)).toEqual({
      ...UNTOUCHED,
      junction: null,
      alias: null,
      junctionTarget: 'pages',
      onDelete: 'SET NULL',
    });
  });
});
