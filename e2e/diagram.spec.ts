import {
  demoCollections,
  demoEdges,
  demoFolders,
  demoJunctions,
  junctionPartEdges,
  touchedSystemCollections,
} from './demo-model';
import { expect, test } from './fixtures';

test.describe('seeing the demo data model as a diagram @versions', () => {
  test.beforeEach(async ({ relata, demoDirectus }) => {
    await relata.openConnected(demoDirectus);
  });

  test('every collection is a node, folders and hidden junctions are not', async ({ relata }) => {
    for (const collection of [...demoCollections, ...touchedSystemCollections]) {
      await expect(relata.node(collection)).toBeVisible();
    }
    for (const hidden of [...demoJunctions, ...demoFolders, 'directus_roles']) {
      await expect(relata.node(hidden)).toHaveCount(0);
    }
    await expect(relata.nodes).toHaveCount(demoCollections.length + touchedSystemCollections.length);
  });

  test('every relationship is one edge named with its kind', async ({ relata }) => {
    for (const name of demoEdges) await expect(relata.edge(name)).toHaveCount(1);
    await expect(relata.edges).toHaveCount(demoEdges.length);
  });

  test('the junction toggle draws junction collections and their own relations instead', async ({
    relata,
    page,
  }) => {
    await relata.toggle('Show junction collections');
    for (const junction of demoJunctions) await expect(relata.node(junction)).toBeVisible();
    for (const name of junctionPartEdges) await expect(relata.edge(name)).toHaveCount(1);
    await expect(relata.edge('articles.tags ⇄ tags (M2M via articles_tags)')).toHaveCount(0);
    await expect(page).toHaveURL(/junctions=1/);
  });

  test('the system toggle shows every system collection', async ({ relata }) => {
    await expect(relata.node('directus_roles')).toHaveCount(0);
    await relata.toggle('Show system collections');
    await expect(relata.node('directus_roles')).toBeVisible();
    await expect(relata.edge('directus_users.role → directus_roles.users (O2M)')).toHaveCount(1);
  });

  test('nodes do not overlap', async ({ relata }) => {
    const boxes = await relata.nodes.evaluateAll((nodes) =>
      nodes.map((node) => {
        const { x, y, width, height } = node.getBoundingClientRect();
        return { x, y, width, height };
      }),
    );
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const overlap =
          a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        expect(overlap, JSON.stringify({ a, b })).toBe(false);
      }
    }
  });
});
