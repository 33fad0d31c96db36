import { readRelations } from '@directus/sdk';
import { demoCollections, touchedSystemCollections } from './demo-model';
import { expect, test } from './fixtures';
import { flowPosition } from './support/relata-page';

test.describe('a map of the model people can read and move around in', () => {
  test.beforeEach(async ({ relata, demoDirectus }) => {
    await relata.openConnected(demoDirectus);
    await expect(relata.page.getByText(/^Laying out/)).toHaveCount(0);
  });

  test('after the layout no two nodes overlap and every edge has both ends on screen', async ({ relata }) => {
    await relata.page.keyboard.press('f');
    await relata.page.waitForTimeout(400);
    const boxes = await relata.nodes.evaluateAll((nodes) =>
      nodes.map((node) => {
        const { x, y, width, height } = node.getBoundingClientRect();
        return { x, y, width, height, id: node.getAttribute('data-id') };
      }),
    );
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) {
        const overlap =
          a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
      }
    const pane = await relata.diagram.boundingBox();
    if (!pane) throw new Error('no diagram');
    const ends = await relata.edges.locator('path.react-flow__edge-path').evaluateAll((paths) =>
      paths.map((path) => {
        const p = path as SVGPathElement;
        const matrix = p.getScreenCTM();
        const total = p.getTotalLength();
        return [0, total].map((at) => {
          const point = p.getPointAtLength(at);
          return {
            x: point.x * (matrix?.a ?? 1) + (matrix?.e ?? 0),
            y: point.y * (matrix?.d ?? 1) + (matrix?.f ?? 0),
          };
        });
      }),
    );
    expect(ends.length).toBeGreaterThan(0);
    for (const point of ends.flat()) {
      expect(point.x).toBeGreaterThanOrEqual(pane.x - 1);
      expect(point.x).toBeLessThanOrEqual(pane.x + pane.width + 1);
      expect(point.y).toBeGreaterThanOrEqual(pane.y - 1);
      expect(point.y).toBeLessThanOrEqual(pane.y + pane.height + 1);
    }
  });

  test('a node moved by dragging stays where it was put, across a failed re-read and a reload', async ({
    relata,
    demoDirectus,
    page,
  }) => {
    const node = relata.node('comments');
    const before = await flowPosition(node);
    const box = await node.locator('[class*="header"]').first().boundingBox();
    if (!box) throw new Error('comments is not drawn');
    await page.mouse.move(box.x + 40, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 200, box.y + 160, { steps: 8 });
    await page.mouse.up();
    const moved = await flowPosition(node);
    expect(Math.abs(moved.x - before.x) + Math.abs(moved.y - before.y)).toBeGreaterThan(50);

    const fields = /\/fields(\?|$)/;
    await page.route(fields, (route) => route.fulfill({ status: 503, body: 'unavailable' }));
    await page.getByRole('button', { name: 'Reload' }).click();
    // The read has failed (after its retries): the last model stays on screen, marked stale.
    await expect(page.getByRole('status', { name: 'Data model may be out of date' })).toBeVisible({
      timeout: 15_000,
    });
    await expect(relata.node('comments')).toBeVisible();
    expect(await flowPosition(node)).toEqual(moved);
    await page.unroute(fields);

    await page.reload();
    await relata.connectWithToken(demoDirectus.url, demoDirectus.token);
    await relata.expectDiagram();
    expect(await flowPosition(relata.node('comments'))).toEqual(moved);
  });

  test('Tidy up lays the model out again and keeps the result', async ({ relata, demoDirectus, page }) => {
    const node = relata.node('comments');
    const box = await node.locator('[class*="header"]').first().boundingBox();
    if (!box) throw new Error('comments is not drawn');
    await page.mouse.move(box.x + 40, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 400, box.y + 300, { steps: 8 });
    await page.mouse.up();
    const dragged = await flowPosition(node);
    await page.getByRole('button', { name: 'Tidy up' }).click();
    await expect(page.getByText(/^Laying out/)).toHaveCount(0);
    await expect.poll(() => flowPosition(node)).not.toEqual(dragged);
    const tidied = await flowPosition(node);
    await page.reload();
    await relata.connectWithToken(demoDirectus.url, demoDirectus.token);
    await relata.expectDiagram();
    expect(await flowPosition(relata.node('comments'))).toEqual(tidied);
  });

  test('search finds a field and centres its collection', async ({ relata, page }) => {
    await page.keyboard.press('Control+k');
    const search = page.getByRole('dialog', { name: 'Search the data model' });
    await search.getByLabel('Search the data model').fill('comments.art');
    await search.getByRole('option', { name: 'comments.article' }).click();
    await expect(page).toHaveURL(/relationship=comments\.article/);
    await expect(relata.panel.getByRole('form', { name: 'Edit relation comments.article' })).toBeVisible();
    await page.waitForTimeout(500);
    const pane = await relata.diagram.boundingBox();
    const node = await relata.node('comments').boundingBox();
    if (!pane || !node) throw new Error('not drawn');
    const centre = { x: node.x + node.width / 2, y: node.y + Math.min(node.height, 300) / 2 };
    expect(Math.abs(centre.x - (pane.x + pane.width / 2))).toBeLessThan(60);
    expect(Math.abs(centre.y - (pane.y + pane.height / 2))).toBeLessThan(60);
  });

  test('the Search button opens the same search', async ({ page }) => {
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(
      page.getByRole('dialog', { name: 'Search the data model' }).getByLabel('Search the data model'),
    ).toBeFocused();
  });

  test('focus at 1 hop shows exactly the collection and its neighbours', async ({
    relata,
    demoDirectus,
    page,
  }) => {
    await relata.selectNode('articles');
    await relata.panel.getByRole('button', { name: 'Focus on this collection' }).click();
    await expect(page).toHaveURL(/focus=articles&hops=1/);
    // Neighbours as the server has them: the other end of every relation touching articles,
    // through junctions (which are hidden) to the collection on their far side.
    const relations = (await demoDirectus.api.request(readRelations())) as {
      collection: string;
      field: string;
      related_collection: string | null;
      meta: { junction_field?: string | null; one_allowed_collections?: string[] | null } | null;
    }[];
    const expected = new Set(['articles']);
    for (const r of relations) {
      if (r.meta?.junction_field) {
        const partner = relations.find(
          (o) => o.collection === r.collection && o.field === r.meta?.junction_field,
        );
        if (r.related_collection === 'articles' && partner)
          for (const far of partner.related_collection
            ? [partner.related_collection]
            : (partner.meta?.one_allowed_collections ?? []))
            expected.add(far);
        continue;
      }
      if (r.collection === 'articles' && r.related_collection) expected.add(r.related_collection);
      if (r.related_collection === 'articles') expected.add(r.collection);
    }
    await expect
      .poll(async () =>
        (await relata.nodes.evaluateAll((ns) => ns.map((n) => n.getAttribute('data-id')))).sort(),
      )
      .toEqual([...expected].sort());
    await relata.panel.getByLabel('Hops').fill('2');
    await expect(page).toHaveURL(/hops=2/);
    await expect.poll(() => relata.nodes.count()).toBeGreaterThan(expected.size);
  });

  test("a selected collection's relations stay lit and everything else is dimmed", async ({
    relata,
    page,
  }) => {
    const near = async (id: string) => ((await relata.node(id).getAttribute('data-near')) ?? '').split(' ');
    const ids = await relata.nodes.evaluateAll((ns) => ns.map((n) => n.getAttribute('data-id') ?? ''));
    const neighbours = await near('articles');
    const far = ids.find((id) => !neighbours.includes(id));
    const neighbour = neighbours.find((id) => id !== 'articles');
    if (!far || !neighbour) throw new Error('the demo model has no collection apart from articles');
    /** The header's background and text colours, and the node's border colour. */
    const colours = (id: string) =>
      relata.node(id).evaluate((node) => {
        const box = node.firstElementChild!;
        const header = box.querySelector('[class*="header"]')!;
        return {
          header: getComputedStyle(header).backgroundColor,
          text: getComputedStyle(header).color,
          border: getComputedStyle(box).borderTopColor,
        };
      });
    const body = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const before = await colours(far);
    const neighbourBefore = await colours(neighbour);
    expect(before.header).not.toBe(body);

    await relata.selectNode('articles');
    // The rest lose their colour (the header takes the body's), not their text's contrast.
    await expect.poll(async () => (await colours(far)).header).toBe(body);
    expect((await colours(far)).text).not.toBe(before.text);
    expect(await colours(neighbour)).toEqual(neighbourBefore);
    const opacity = (name: string) => relata.edge(name).evaluate((edge) => getComputedStyle(edge).opacity);
    expect(await opacity('articles.category → categories (M2O)')).toBe('1');
    const other = await relata.edges.evaluateAll((edges) =>
      edges.map((e) => e.getAttribute('aria-label') ?? '').find((l) => !l.includes('articles'))!,
    );
    expect(await opacity(other)).toBe('0.12');

    await page.keyboard.press('Escape');
    await expect.poll(async () => (await colours(far)).header).toBe(before.header);
  });

  test('a focus link opens the same view', async ({ relata, demoDirectus, page }) => {
    await page.goto('/?focus=categories&hops=1');
    await relata.connectWithToken(demoDirectus.url, demoDirectus.token);
    await relata.expectDiagram();
    await expect
      .poll(async () =>
        (await relata.nodes.evaluateAll((ns) => ns.map((n) => n.getAttribute('data-id')))).sort(),
      )
      .toEqual(['articles', 'categories']);
  });

  test('dark mode toggles and persists', async ({ relata, demoDirectus, page }) => {
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-mantine-color-scheme', 'light');
    await page.getByLabel('Dark mode').click();
    await expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark');
    await page.reload();
    await expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark');
    await relata.connectWithToken(demoDirectus.url, demoDirectus.token);
    await relata.expectDiagram();
    await expect(page.getByLabel('Dark mode')).toBeChecked();
  });

  test('the layout can be exported and imported as a file', async ({ relata, page }) => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export layout' }).click();
    const file = await (await download).path();
    const { readFileSync } = await import('node:fs');
    const exported = JSON.parse(readFileSync(file, 'utf8')) as {
      positions: Record<string, { x: number; y: number }>;
    };
    for (const collection of [...demoCollections, ...touchedSystemCollections])
      expect(exported.positions[collection], collection).toBeDefined();
    const moved = { ...exported, positions: { ...exported.positions, comments: { x: -900, y: -900 } } };
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import layout' }).click();
    await (
      await chooser
    ).setFiles({
      name: 'layout.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(moved)),
    });
    await expect.poll(() => flowPosition(relata.node('comments'))).toEqual({ x: -900, y: -900 });
  });
});
