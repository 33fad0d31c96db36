// A large model (200 collections), opened from a snapshot file: it needs no more than a browser
// to show how the map copes with size. Above 150 collections the diagram is
// mounted a slice per frame, React Flow draws only what is on screen, and below the detail zoom
// the relations are lines in one SVG instead of React Flow edges.
import type { Page } from '@playwright/test';
import { toDiagram } from '../src/domain/diagram';
import { buildModelIndex } from '../src/domain/model-index';
import { toSnapshot } from '../src/domain/review/to-snapshot';
import { syntheticModel } from '../src/testing/synthetic';
import { overlappingPairs } from '../src/testing/geometry';
import { expect, test } from './fixtures';
import { uncoveredPointOf } from './support/relata-page';

// Laid out, it is about 6,000 × 20,000 px: on a tall screen fit view shows all of it (at a zoom of
// about 0.055), so every collection is drawn.
const schema = syntheticModel({ collections: 200, relations: 240 });
const diagram = toDiagram(buildModelIndex(schema), { showJunctions: false, showSystem: false });
const file = {
  name: 'large.json',
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(toSnapshot(schema, { directus: '11.16.1', vendor: 'sqlite' }))),
};

async function openFile(page: Page) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open snapshot file' }).click();
  await (await chooser).setFiles(file);
}

/** A point of the line (its wide, invisible hit path) that nothing covers, in page coordinates. */
function pointOnLine(page: Page, relationshipId: string) {
  return uncoveredPointOf(
    page.locator(`.relata-overview-edge[data-relationship="${relationshipId}"] path.relata-overview-hit`),
  );
}

function zoomOf(page: Page): Promise<number> {
  return page
    .locator('.react-flow__viewport')
    .evaluate((viewport) => new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a);
}

/** The computed marker-start of the first overview line's drawn path. */
function markerOfFirstLine(page: Page): Promise<string> {
  return page
    .locator('.relata-overview-edge path:not(.relata-overview-hit)')
    .first()
    .evaluate((path) => getComputedStyle(path).markerStart);
}

test.describe('a model of 200 collections', () => {
  test.setTimeout(120_000);
  test.use({ viewport: { width: 1600, height: 1400 } });

  test.beforeEach(async ({ relata, page }) => {
    await relata.open();
    await openFile(page);
    await relata.expectDiagram();
  });

  test('is drawn whole and fitted, its relations as lines between the right collections', async ({
    relata,
    page,
  }) => {
    expect(diagram.nodes.length).toBeGreaterThan(150);
    // Mounted a slice per frame: every collection ends up drawn, none overlapping another.
    await expect(relata.nodes).toHaveCount(diagram.nodes.length, { timeout: 30_000 });
    const boxes = await relata.nodes.evaluateAll((nodes) =>
      nodes.map((node) => {
        const box = node.getBoundingClientRect();
        return { x: box.x, y: box.y, width: box.width, height: box.height };
      }),
    );
    expect(overlappingPairs(boxes)).toEqual([]);
    const pane = (await relata.diagram.boundingBox())!;
    for (const box of boxes) {
      expect(box.x).toBeGreaterThanOrEqual(pane.x - 1);
      expect(box.x + box.width).toBeLessThanOrEqual(pane.x + pane.width + 1);
    }

    // Overview zoom: one line per relationship edge, joining the same two collections.
    const lines = page.locator('.relata-overview-edge');
    await expect(lines).toHaveCount(diagram.edges.length);
    await expect(relata.diagram.locator('.react-flow__edge')).toHaveCount(0);
    const drawn = (await lines.evaluateAll((all) => all.map((g) => g.getAttribute('data-ends')))).sort();
    expect(drawn).toEqual(diagram.edges.map((edge) => `${edge.source} ${edge.target}`).sort());
    // At this zoom (under 0.2) a cardinality end would be a speck: lines are drawn plain.
    expect(await zoomOf(page)).toBeLessThan(0.2);
    expect(await markerOfFirstLine(page)).toBe('none');
    // Handles are specks at this zoom: not drawn (nor hit-tested), though still where edges end.
    const handles = relata.diagram.locator('.react-flow__handle');
    expect(await handles.count()).toBeGreaterThan(diagram.nodes.length);
    expect(
      new Set(await handles.evaluateAll((all) => all.map((h) => getComputedStyle(h).visibility))),
    ).toEqual(new Set(['hidden']));
  });

  test('a click on a line opens its relation and dims the others; zoomed in, lines become edges', async ({
    relata,
    page,
  }) => {
    await expect(relata.nodes).toHaveCount(diagram.nodes.length, { timeout: 30_000 });
    const edge = diagram.edges.find((e) => e.data.kind === 'm2o' && e.source !== e.target)!;
    const { x, y } = await pointOnLine(page, edge.data.relationshipId);
    await page.mouse.click(x, y);
    await expect(page).toHaveURL(
      new RegExp(`[?&]relationship=${encodeURIComponent(edge.data.relationshipId)}`),
    );
    await expect(
      relata.panel.getByRole('heading', { level: 2, name: edge.data.relationshipId, exact: true }),
    ).toBeVisible();
    const opacityOf = (id: string) =>
      page
        .locator(`.relata-overview-edge[data-relationship="${id}"]`)
        .evaluate((g) => getComputedStyle(g).opacity);
    const other = diagram.edges.find(
      (e) => e.data.relationshipId !== edge.data.relationshipId && e.source !== edge.source,
    )!;
    // The rest dims a frame after the panel is drawn.
    await expect.poll(() => opacityOf(other.data.relationshipId)).toBe('0.12');
    expect(await opacityOf(edge.data.relationshipId)).toBe('1');

    // Zoomed in past the detail zoom: React Flow's edges (those on screen), no lines.
    await page.keyboard.press('Escape');
    // Each step zooms by 1.2: from about 0.055, eight reach 0.2, where lines get their ends, and
    // twelve the detail zoom (0.45), where they become edges.
    const zoomIn = page.getByRole('button', { name: 'Zoom In' });
    for (let i = 0; i < 20 && (await zoomOf(page)) < 0.2; i += 1) await zoomIn.click();
    expect(await markerOfFirstLine(page)).toMatch(/^url\(/);
    const lines = page.locator('.relata-overview-edge');
    for (let i = 0; i < 20 && (await lines.count()) > 0; i += 1) await zoomIn.click();
    await expect(lines).toHaveCount(0);
    expect(await zoomOf(page)).toBeGreaterThanOrEqual(0.45);
    await expect(relata.edges.first()).toBeVisible();
    // Handles, hidden below the detail zoom (specks nothing can be dragged from), are drawn again.
    await expect(relata.diagram.locator('.react-flow__handle').first()).toBeVisible();
  });
});

test.describe('a model of 200 collections, while its first layout runs', () => {
  test.setTimeout(120_000);
  test.use({ viewport: { width: 1600, height: 1400 } });

  test('every collection is sketched at once; a click on one opens it; the layout then draws them', async ({
    relata,
    page,
    context,
  }) => {
    // The layout's worker is held back until the test lets it load: the layout runs as long as
    // the test needs.
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await context.route(/elk\.worker/, async (route) => {
      await released;
      await route.continue();
    });
    await relata.open();
    await openFile(page);
    const status = relata.diagram.getByRole('status').filter({ hasText: /^Laying out/ });
    await expect(status).toBeVisible();

    // One plain box per collection, in one go; no React Flow node yet.
    const sketch = relata.diagram.locator('.relata-sketch-node');
    await expect(sketch).toHaveCount(diagram.nodes.length);
    expect(
      (await sketch.evaluateAll((boxes) => boxes.map((b) => b.getAttribute('data-collection')))).sort(),
    ).toEqual(diagram.nodes.map((node) => node.id).sort());
    await expect(relata.nodes).toHaveCount(0);
    const boxes = await sketch.evaluateAll((all) =>
      all.map((box) => {
        const { x, y, width, height } = box.getBoundingClientRect();
        return { id: box.getAttribute('data-collection')!, x, y, width, height };
      }),
    );
    expect(overlappingPairs(boxes)).toEqual([]);

    // The one nearest the middle of the pane, clicked: its collection is selected, its panel open.
    const pane = (await relata.diagram.boundingBox())!;
    const middle = { x: pane.x + pane.width / 2, y: pane.y + pane.height / 2 };
    const [nearest] = [...boxes].sort(
      (a, b) =>
        Math.hypot(a.x + a.width / 2 - middle.x, a.y + a.height / 2 - middle.y) -
        Math.hypot(b.x + b.width / 2 - middle.x, b.y + b.height / 2 - middle.y),
    );
    await page.mouse.click(nearest!.x + nearest!.width / 2, nearest!.y + nearest!.height / 2);
    await expect(page).toHaveURL(new RegExp(`[?&]collection=${encodeURIComponent(nearest!.id)}(&|$)`));
    await expect(
      relata.panel.getByRole('heading', { level: 2, name: `Collection ${nearest!.id}`, exact: true }),
    ).toBeVisible();
    await expect(status).toBeVisible();

    // Laid out: the sketch goes, the collections are drawn where the layout put them.
    release();
    await expect(status).toHaveCount(0, { timeout: 60_000 });
    await expect(sketch).toHaveCount(0);
    await expect(relata.nodes).toHaveCount(diagram.nodes.length, { timeout: 30_000 });
    await expect(relata.node(nearest!.id)).toHaveClass(/selected/);
  });
});
