// Shared layouts in the standalone app (the module's are in module.spec.ts).
import { expect, test } from './fixtures';
import { RelataPage } from './support/relata-page';
import {
  drag,
  layoutSettled,
  openSharedLayout,
  positionOf,
  saveLayout,
  sharedLayout,
} from './support/shared-layouts';

test('the standalone app saves the layout to Directus and opens it again', async ({
  relata,
  freshDirectus,
  page,
}) => {
  await relata.openConnected(freshDirectus);
  await layoutSettled(page);
  const saved = await positionOf(relata, 'articles');
  await expect(await saveLayout(page, 'Standalone layout')).toHaveCount(0);
  const preset = await sharedLayout(freshDirectus, 'Standalone layout');
  expect(preset).toMatchObject({
    user: null,
    role: null,
    collection: 'directus_relations',
    layout: 'relata',
  });
  expect(preset.layout_query.relata.version).toBe(1);

  await drag(relata, 'articles', { x: 160, y: 40 });
  await expect.poll(() => positionOf(relata, 'articles')).not.toEqual(saved);
  await openSharedLayout(page, 'Standalone layout');
  await expect.poll(() => positionOf(relata, 'articles')).toEqual(saved);
});

test('a newer version saved elsewhere is announced, and opens with one click', async ({
  relata,
  freshDirectus,
  page,
  browser,
  appOrigin,
}) => {
  await relata.openConnected(freshDirectus);
  await layoutSettled(page);
  await expect(await saveLayout(page, 'Team layout')).toHaveCount(0);

  // Someone else opens version 1, moves a collection and saves version 2.
  const elsewhere = new RelataPage(await browser.newPage({ baseURL: appOrigin }));
  let theirs: { x: number; y: number };
  try {
    await elsewhere.openConnected(freshDirectus);
    await openSharedLayout(elsewhere.page, 'Team layout');
    // Opening moves the view (an animation): drag once it has stopped.
    await elsewhere.expectDiagram();
    const before = await positionOf(elsewhere, 'articles');
    await drag(elsewhere, 'articles', { x: 140, y: 70 });
    theirs = await positionOf(elsewhere, 'articles');
    expect(theirs).not.toEqual(before);
    await expect(await saveLayout(elsewhere.page, 'Team layout')).toHaveCount(0);
  } finally {
    await elsewhere.page.close();
  }
  expect((await sharedLayout(freshDirectus, 'Team layout')).layout_query.relata.version).toBe(2);

  // The list is read again every minute, and whenever it is looked at.
  await page.getByRole('button', { name: 'Open shared layout' }).click();
  await page.keyboard.press('Escape');
  const notice = page.getByRole('status', { name: 'Newer shared layout' });
  await expect(notice).toContainText('“Team layout” has a newer version in Directus: version 2');
  expect(await positionOf(relata, 'articles')).not.toEqual(theirs);
  await notice.getByRole('button', { name: 'Open version 2' }).click();
  await expect.poll(() => positionOf(relata, 'articles')).toEqual(theirs);
  await expect(notice).toHaveCount(0);
});
