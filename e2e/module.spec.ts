// Relata as a Data Studio module: the Studio's own sign-in, its module bar, its session.
import { readRelation, updateMe, updateSettings } from '@directus/sdk';
import type { Browser } from '@playwright/test';
import { expect, test as base } from './fixtures';
import { DataStudio } from './support/data-studio';
import { startDirectus, type RunningDirectus } from './support/directus';
import { RelataPage, RelationFormPage } from './support/relata-page';
import {
  drag,
  layoutSettled,
  openSharedLayout,
  positionOf,
  saveLayout,
  sharedLayout,
} from './support/shared-layouts';
import { createAdmin, createViewer } from './support/users';
import { ADMIN } from '../directus/scripts/instance.mjs';

const test = base.extend<{ studio: DataStudio }, { moduleDirectus: RunningDirectus }>({
  // One Directus with the module for the whole file: bundling a 3 MB app extension makes its start slow.
  moduleDirectus: [
    async ({ database, version, appOrigin }, use) => {
      const directus = await startDirectus(database, appOrigin, { version, withModule: true });
      // The Studio asks a signed-in admin for a project owner (12.x also for a licence) until one is set.
      await directus.api.request(
        updateSettings({ project_owner: ADMIN.email, project_usage: 'personal' } as never),
      );
      await use(directus);
      await directus.stop();
    },
    { scope: 'worker', timeout: 300_000 },
  ],
  studio: async ({ page, moduleDirectus }, use) => use(new DataStudio(page, moduleDirectus.url)),
});

/**
 * One viewer per Directus for the whole file: unlicensed Directus 12 limits its seats (a second
 * viewer and a second admin answered 403 "seats limit exceeded").
 */
const viewers = new WeakMap<RunningDirectus, ReturnType<typeof createViewer>>();
function viewerOf(directus: RunningDirectus) {
  let viewer = viewers.get(directus);
  if (!viewer) {
    viewer = createViewer(directus, ['articles', 'authors', 'comments', 'tags']);
    viewers.set(directus, viewer);
  }
  return viewer;
}

// Two browsers, a Studio each, on a machine shared with other suites: minutes, not seconds.
test.describe.configure({ timeout: 240_000 });

/** A second person in a browser context of their own, signed in to the Studio, in the module. */
async function openAs(browser: Browser, url: string, user: { email: string; password: string }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const studio = new DataStudio(page, url);
  await studio.signIn(user.email, user.password);
  await studio.openModule();
  const relata = new RelataPage(page);
  await relata.expectDiagram();
  return { context, page, studio, relata };
}

test.describe('Relata inside the Data Studio @module', () => {
  test('an admin opens "Data model diagram" from the module bar and edits a relation in the side panel', async ({
    studio,
    page,
    moduleDirectus,
  }) => {
    await studio.signIn(ADMIN.email, ADMIN.password);
    await studio.openModule();
    const relata = new RelataPage(page);
    await expect(relata.node('articles')).toBeVisible();
    // No token and no second sign-in: the module runs on the Studio's session.
    await expect(page.getByRole('button', { name: 'Disconnect' })).toHaveCount(0);
    await expect(page.getByText('Read-only')).toHaveCount(0);
    await relata.selectEdge('comments.article → articles.comments (O2M)');
    const form = new RelationFormPage(page, 'comments.article');
    await form.choose('On delete', 'SET NULL');
    await form.save();
    await form.expectSaved();
    const relation = (await moduleDirectus.api.request(readRelation('comments', 'article'))) as {
      schema: { on_delete: string } | null;
    };
    expect(relation.schema?.on_delete).toBe('SET NULL');
    expect(studio.errors).toEqual([]);
  });

  test('a user without admin access sees the model read-only', async ({ studio, page, moduleDirectus }) => {
    const viewer = await viewerOf(moduleDirectus);
    await studio.signIn(viewer.email, viewer.password);
    await studio.openModule();
    const relata = new RelataPage(page);
    await expect(page.getByRole('status').filter({ hasText: 'without admin access' })).toBeVisible();
    await expect(relata.node('articles')).toBeVisible();
    await expect(relata.node('pages')).toHaveCount(0);
    await relata.selectEdge('articles.author → authors.articles (O2M)');
    const form = page.getByRole('form', { name: 'Edit relation articles.author' });
    await expect(form.getByRole('button', { name: 'Save relation' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'New relationship' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Save layout to Directus' })).toBeDisabled();
    expect(studio.errors).toEqual([]);
  });

  test('leaving the module and coming back leaves the Data Studio as it was', async ({
    studio,
    page,
    moduleDirectus,
  }) => {
    // The Studio opens a user's last page after sign-in: the module, after the tests before this one.
    await moduleDirectus.api.request(updateMe({ last_page: '/content' } as never));
    await studio.signIn(ADMIN.email, ADMIN.password);
    await studio.openContent();
    const before = await studio.chromeStyles();
    expect(await studio.moduleListeners()).toEqual([]);
    const relata = new RelataPage(page);
    for (const visit of [1, 2]) {
      await studio.openModule();
      await expect(relata.node('articles')).toBeVisible();
      await studio.openContent();
      expect(await studio.chromeStyles(), `Studio styles after visit ${visit}`).toEqual(before);
      expect(
        await studio.appStylesInDocument(),
        `app styles in the Studio's page after visit ${visit}`,
      ).toEqual([]);
      // React DOM listens for selectionchange on the document once per page (a marker on the
      // document keeps it from adding another): the one listener the module's code keeps, and it
      // does not grow. (The Studio's own page frame adds pointerdown and storage listeners at
      // every module visit; those are its code, not the module's.)
      expect(await studio.moduleListeners(), `the module's listeners after visit ${visit}`).toEqual([
        'document selectionchange',
      ]);
    }
    // The Studio's own pages still work.
    await expect(page.locator('.header-bar')).toBeVisible();
    expect(studio.errors).toEqual([]);
  });

  test('the selection lives in the module route, and the shortcuts stay inside the module', async ({
    studio,
    page,
  }) => {
    await studio.signIn(ADMIN.email, ADMIN.password);
    await studio.openModule();
    const relata = new RelataPage(page);
    await relata.selectNode('articles');
    await expect(page).toHaveURL(/\/admin\/relata\?(.*&)?collection=articles/);
    await relata.selectNode('tags');
    await expect(page).toHaveURL(/collection=tags/);
    await page.goBack();
    await expect(page).toHaveURL(/collection=articles/);
    await expect(relata.panel.getByRole('heading', { name: 'Collection articles' })).toBeVisible();
    await page.reload();
    await expect(relata.panel.getByRole('heading', { name: 'Collection articles' })).toBeVisible();

    // Keys pressed in the Studio's own chrome are the Studio's.
    const search = page.getByRole('dialog', { name: 'Search the data model' });
    await studio.moduleLink('content').focus();
    await page.keyboard.press('Control+k');
    await expect(search).toHaveCount(0);
    // Inside the module they are the app's.
    await relata.diagram.locator('.react-flow__pane').click();
    await expect(page.locator('[data-relata-root]')).toBeFocused();
    await page.keyboard.press('Control+k');
    await expect(search).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(search).toHaveCount(0);
    expect(studio.errors).toEqual([]);
  });

  test('a layout an admin saves to Directus opens with the same positions for another user', async ({
    studio,
    page,
    moduleDirectus,
    browser,
  }) => {
    await studio.signIn(ADMIN.email, ADMIN.password);
    await studio.openModule();
    const relata = new RelataPage(page);
    await relata.expectDiagram();
    await layoutSettled(page);
    await drag(relata, 'articles', { x: 120, y: 90 });
    const saved = await positionOf(relata, 'articles');
    const dialog = await saveLayout(page, 'Team layout');
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('alert').filter({ hasText: 'Layout saved to Directus' })).toBeVisible();
    const preset = await sharedLayout(moduleDirectus, 'Team layout');
    expect(preset).toMatchObject({
      user: null,
      role: null,
      collection: 'directus_relations',
      layout: 'relata',
    });
    expect(preset.layout_query.relata).toMatchObject({ version: 1, savedBy: { email: ADMIN.email } });

    const viewer = await viewerOf(moduleDirectus);
    const other = await openAs(browser, moduleDirectus.url, viewer);
    try {
      await layoutSettled(other.page);
      await openSharedLayout(other.page, 'Team layout');
      await expect.poll(() => positionOf(other.relata, 'articles')).toEqual(saved);
      expect(other.studio.errors).toEqual([]);
    } finally {
      await other.context.close();
    }
    expect(studio.errors).toEqual([]);
  });

  test('a save over a newer version saved by another admin is noticed, not lost', async ({
    studio,
    page,
    moduleDirectus,
    browser,
  }) => {
    await studio.signIn(ADMIN.email, ADMIN.password);
    await studio.openModule();
    const first = new RelataPage(page);
    await first.expectDiagram();
    await layoutSettled(page);
    await expect(await saveLayout(page, 'Concurrent layout')).toHaveCount(0);

    const secondAdmin = await createAdmin(moduleDirectus);
    const second = await openAs(browser, moduleDirectus.url, secondAdmin);
    try {
      await layoutSettled(second.page);
      await openSharedLayout(second.page, 'Concurrent layout');

      // The first admin moves a collection and saves version 2…
      await drag(first, 'articles', { x: -100, y: 60 });
      const theirs = await positionOf(first, 'articles');
      await expect(await saveLayout(page, 'Concurrent layout')).toHaveCount(0);
      expect((await sharedLayout(moduleDirectus, 'Concurrent layout')).layout_query.relata.version).toBe(2);

      // …then the second, who started from version 1, moves another and saves.
      await drag(second.relata, 'tags', { x: 80, y: 80 });
      const dialog = await saveLayout(second.page, 'Concurrent layout');
      const conflict = dialog.getByRole('alert').filter({ hasText: 'Someone else saved this layout' });
      await expect(conflict).toContainText('version 2');
      await expect(conflict).toContainText(ADMIN.email);
      const stored = await sharedLayout(moduleDirectus, 'Concurrent layout');
      expect(stored.layout_query.relata).toMatchObject({ version: 2, savedBy: { email: ADMIN.email } });

      await conflict.getByRole('button', { name: 'Open theirs' }).click();
      await expect(dialog).toHaveCount(0);
      await expect.poll(() => positionOf(second.relata, 'articles')).toEqual(theirs);
      expect(second.studio.errors).toEqual([]);
    } finally {
      await second.context.close();
    }
    expect(studio.errors).toEqual([]);
  });
});
