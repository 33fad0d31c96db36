// Steps around shared layouts and positions on the diagram, the same in both builds.
import { readPresets } from '@directus/sdk';
import { expect, type Page } from '@playwright/test';
import type { RunningDirectus } from './directus';
import type { RelataPage } from './relata-page';

/** Where a collection sits on the diagram (its top-left corner, in diagram coordinates). */
export async function positionOf(relata: RelataPage, collection: string) {
  const transform = await relata.diagram
    .locator(`.react-flow__node[data-id="${collection}"]`)
    .evaluate((node: HTMLElement) => node.style.transform);
  const match = /translate\(\s*(-?[\d.]+)px,\s*(-?[\d.]+)px\s*\)/.exec(transform);
  if (!match) throw new Error(`no position in "${transform}"`);
  return { x: Number(match[1]), y: Number(match[2]) };
}

/** The first layout of a model without saved positions has finished. */
export async function layoutSettled(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: 'Laying out' })).toHaveCount(0, {
    timeout: 30_000,
  });
}

/** Drags a collection by its header. */
export async function drag(relata: RelataPage, collection: string, by: { x: number; y: number }) {
  const box = await relata.node(collection).boundingBox();
  if (!box) throw new Error(`${collection} is not on screen`);
  const { mouse } = relata.page;
  await mouse.move(box.x + box.width / 2, box.y + 8);
  await mouse.down();
  await mouse.move(box.x + box.width / 2 + by.x, box.y + 8 + by.y, { steps: 8 });
  await mouse.up();
}

/** Saves under a name; returns the dialog (gone when the save went through). */
export async function saveLayout(page: Page, name: string) {
  await page.getByRole('button', { name: 'Save layout to Directus' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save layout to Directus' });
  await dialog.getByLabel('Layout name').fill(name);
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  return dialog;
}

export async function openSharedLayout(page: Page, name: string) {
  await page.getByRole('button', { name: 'Open shared layout' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open shared layout' });
  await dialog.getByRole('button', { name: `Open ${name}` }).click();
  await expect(dialog).toHaveCount(0);
}

/** The preset a shared layout is stored in, as Directus holds it. */
export async function sharedLayout(directus: RunningDirectus, name: string) {
  const [preset] = await directus.api.request(
    readPresets({
      filter: { bookmark: { _eq: name } },
      fields: ['user', 'role', 'collection', 'layout', 'layout_query'],
    }),
  );
  return preset as {
    user: unknown;
    role: unknown;
    collection: string;
    layout: string;
    layout_query: { relata: { version: number; savedBy: { email: string } } };
  };
}
