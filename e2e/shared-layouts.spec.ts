// Shared layouts in the standalone app (the module's are in module.spec.ts).
import { expect, test } from './fixtures';
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
