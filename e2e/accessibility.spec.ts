import AxeBuilder from '@axe-core/playwright';
import { readRelation } from '@directus/sdk';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Serious and critical violations only, each as "rule: target" so a failure says where. */
async function seriousViolations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary ?? ''}`));
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`no serious or critical accessibility violations (${scheme})`, () => {
    test.beforeEach(async ({ page }) => {
      await page.addInitScript((value) => window.localStorage.setItem('relata.color-scheme', value), scheme);
    });

    test('the connect screen', async ({ relata, page }) => {
      await relata.open();
      await expect(page.getByRole('button', { name: 'Connect' })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('the canvas with a relation selected, and its side panel form', async ({
      relata,
      demoDirectus,
      page,
    }) => {
      await relata.openConnected(demoDirectus);
      await relata.selectEdge('articles.author → authors.articles (O2M)');
      await expect(relata.panel.getByRole('form', { name: 'Edit relation articles.author' })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('the new relationship and delete dialogs', async ({ relata, demoDirectus, page }) => {
      await relata.openConnected(demoDirectus);
      await page.getByRole('button', { name: 'New relationship' }).click();
      const dialog = page.getByRole('dialog', { name: 'New relationship' });
      await dialog.getByRole('button', { name: 'Preview' }).click();
      expect(await seriousViolations(page, '[role="dialog"]')).toEqual([]);
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await relata.selectEdge('articles.category → categories (M2O)');
      await relata.panel.getByRole('button', { name: 'Delete relationship' }).click();
      await expect(page.getByRole('dialog', { name: 'Delete relationship' })).toBeVisible();
      expect(await seriousViolations(page, '[role="dialog"]')).toEqual([]);
      await page.keyboard.press('Escape');
      // Escape closes the dialog and nothing else: the relation stays selected.
      await relata.panel
        .getByRole('form', { name: 'Edit relation articles.category' })
        .getByRole('button', { name: 'Delete relation' })
        .click();
      await expect(page.getByRole('dialog', { name: 'Delete relation articles.category' })).toBeVisible();
      expect(await seriousViolations(page, '[role="dialog"]')).toEqual([]);
    });
  });
}

test('skip links lead to the diagram and to the panel', async ({ relata, demoDirectus, page }) => {
  await relata.openConnected(demoDirectus);
  await page.locator('body').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the diagram' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.react-flow__node:focus')).toHaveCount(1);
  // The second link follows the first in the tab order.
  await page.getByRole('link', { name: 'Skip to the diagram' }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the details panel' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(relata.panel).toBeFocused();
});

test('arrow keys move between collections and along relations', async ({ relata, demoDirectus, page }) => {
  await relata.openConnected(demoDirectus);
  const focused = page.locator('.react-flow__node:focus');
  const boxes = await page.locator('.react-flow__node[data-id]').evaluateAll((nodes) =>
    nodes.map((node) => {
      const box = node.getBoundingClientRect();
      return {
        id: node.getAttribute('data-id') ?? '',
        x: box.x + box.width / 2,
        y: box.y + box.height / 2,
        near: (node.getAttribute('data-near') ?? '').split(' '),
      };
    }),
  );
  const articles = boxes.find((box) => box.id === 'articles');
  if (!articles) throw new Error('articles is not drawn');
  const lies = {
    ArrowRight: (b: { x: number }) => b.x > articles.x,
    ArrowLeft: (b: { x: number }) => b.x < articles.x,
    ArrowDown: (b: { y: number }) => b.y > articles.y,
    ArrowUp: (b: { y: number }) => b.y < articles.y,
  };
  const others = boxes.filter((box) => box.id !== 'articles');

  // Plain arrows: to a collection that way.
  const [key, way] = Object.entries(lies).find(([, test]) => others.some(test)) ?? [];
  if (!key || !way) throw new Error('no collection beside articles');
  await relata.node('articles').focus();
  await page.keyboard.press(key);
  // Focus moves on the next frame, after the view is centred on the collection.
  await expect(focused).not.toHaveAttribute('data-id', 'articles');
  const reached = await focused.getAttribute('data-id');
  expect(reached).not.toBe('articles');
  expect(way(boxes.find((box) => box.id === reached) ?? { x: articles.x, y: articles.y })).toBe(true);

  // Shift: to a collection articles has a relation with, that way.
  const related = others.filter((box) => articles.near.includes(box.id));
  const [shiftKey, shiftWay] = Object.entries(lies).find(([, test]) => related.some(test)) ?? [];
  if (!shiftKey || !shiftWay) throw new Error('no related collection beside articles');
  await relata.node('articles').focus();
  await page.keyboard.press(`Shift+${shiftKey}`);
  await expect(focused).not.toHaveAttribute('data-id', 'articles');
  const along = await focused.getAttribute('data-id');
  expect(articles.near).toContain(along);
  expect(along).not.toBe('articles');

  // From a relation to its ends: left to the collection holding it, right to the other.
  await relata.edge('articles.category → categories (M2O)').focus();
  await page.keyboard.press('ArrowRight');
  await expect(focused).toHaveAttribute('data-id', 'categories');
  await relata.edge('articles.category → categories (M2O)').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(focused).toHaveAttribute('data-id', 'articles');
});

test.describe('keyboard only @write', () => {
  test('a relation is created with the keyboard alone', async ({ relata, freshDirectus, page }) => {
    await relata.openConnected(freshDirectus);
    // Reach the comments collection through search, then its field's "new relation" button.
    await page.keyboard.press('Control+k');
    await page.keyboard.type('comments');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/collection=comments/);
    const button = relata.panel.getByRole('button', { name: 'New relation from comments.sort' });
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'New relationship' });
    await expect(dialog.getByLabel('Field name', { exact: true })).toHaveValue('sort');
    await dialog.getByLabel('Related collection', { exact: true }).focus();
    await page.keyboard.type('authors');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await dialog.getByRole('button', { name: 'Create' }).focus();
    await page.keyboard.press('Enter');
    await expect(relata.edge('comments.sort → authors (M2O)')).toHaveCount(1);
    await expect(dialog).toBeHidden();
    const relation = await freshDirectus.api.request(readRelation('comments', 'sort'));
    expect(relation.related_collection).toBe('authors');
  });
});
