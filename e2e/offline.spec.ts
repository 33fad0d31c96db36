import { readRelation } from '@directus/sdk';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { RelationFormPage } from './support/relata-page';

// Each test may start a Directus of its own; on a loaded 2-core machine that alone can take 30 s.
test.describe.configure({ timeout: 120_000 });

const onUpdateOf = (relation: unknown) =>
  (relation as { schema: { on_update: string } | null }).schema?.on_update;

const staleBanner = (page: Page) => page.getByRole('status', { name: 'Data model may be out of date' });

async function expectEditsPaused(page: Page, form: RelationFormPage) {
  const save = form.form.getByRole('button', { name: 'Save relation' });
  await expect(save).toBeDisabled();
  await expect(save).toHaveAttribute('title', /Directus cannot be reached/);
  const newRelationship = page.getByRole('button', { name: 'New relationship' });
  await expect(newRelationship).toBeDisabled();
  await expect(newRelationship).toHaveAttribute('title', /Directus cannot be reached/);
  // Drag-to-connect is off: the collections' handles are not connectable.
  await expect(page.getByLabel('New relation from articles')).not.toHaveClass(/(^|\s)connectable(\s|$)/);
}

test.describe('when Directus cannot be reached', () => {
  test('the last model read stays on screen, marked stale, edits wait, and it recovers by itself', async ({
    relata,
    freshDirectus,
    page,
  }) => {
    await relata.open();
    await relata.connectWithToken(freshDirectus.url, freshDirectus.token);
    await relata.selectEdge('articles.author → authors.articles (O2M)');
    const form = new RelationFormPage(page, 'articles.author');
    await form.choose('On update', 'CASCADE');

    await freshDirectus.kill();
    await page.getByRole('button', { name: 'Reload' }).click();
    await expect(staleBanner(page)).toContainText(
      /Showing the data model as read at \d{1,2}:\d{2}:\d{2}.*; Directus cannot be reached/,
    );
    await expect(relata.node('articles')).toBeVisible();
    await expect(relata.edge('articles.author → authors.articles (O2M)')).toHaveCount(1);
    await expectEditsPaused(page, form);
    await expect(form.select('On update')).toHaveValue('CASCADE');

    await freshDirectus.restart();
    // No click: Relata asks /server/ping every few seconds and reads the model again.
    await expect(staleBanner(page)).toHaveCount(0, { timeout: 30_000 });
    await expect(page.getByRole('button', { name: 'New relationship' })).toBeEnabled();
    await expect(form.select('On update')).toHaveValue('CASCADE');
    await form.save();
    await form.expectSaved();
    expect(onUpdateOf(await freshDirectus.api.request(readRelation('articles', 'author')))).toBe('CASCADE');
  });

  test('a save tried while the server is down fails saying so, keeps the form, and works once it is back', async ({
    relata,
    freshDirectus,
    page,
  }) => {
    await relata.open();
    await relata.connectWithToken(freshDirectus.url, freshDirectus.token);
    await relata.selectEdge('articles.author → authors.articles (O2M)');
    const form = new RelationFormPage(page, 'articles.author');
    await form.choose('On update', 'CASCADE');

    await freshDirectus.kill();
    await form.save();
    await expect(form.form.getByRole('alert').filter({ hasText: 'Not saved' })).toContainText(
      'Could not reach Directus',
    );
    await expect(form.form.getByRole('status')).toHaveCount(0);
    await expect(form.select('On update')).toHaveValue('CASCADE');
    // The model read that follows a failed save fails too: Relata now knows it is offline.
    await expect(staleBanner(page)).toContainText('Directus cannot be reached');
    await expectEditsPaused(page, form);

    await freshDirectus.restart();
    await expect(staleBanner(page)).toHaveCount(0, { timeout: 30_000 });
    expect(onUpdateOf(await freshDirectus.api.request(readRelation('articles', 'author')))).toBe('NO ACTION');
    await form.save();
    await form.expectSaved();
    expect(onUpdateOf(await freshDirectus.api.request(readRelation('articles', 'author')))).toBe('CASCADE');
  });
});
