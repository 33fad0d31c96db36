import { build } from 'vite';
import { sleep } from '../../directus/scripts/process.mjs';
import {
  launchBrowser,
  openConnectScreen,
  probe,
  root,
  serveApp,
  settle,
  startModelDirectus,
  VIEWPORT,
} from './harness.mjs';
import { benchModels, ensureModelTemplate } from './models.mjs';
import { clickEdgeAndTime, emptyPanePoint } from './page-actions.js';
const name = process.argv[2] ?? 'synthetic-500';
if (!process.argv.includes('--skip-build'))
  await build({ root, logLevel: 'warn', build: { outDir: 'dist-profile', minify: false } });
const model = (await benchModels()).find((m) => m.name === name);
model.template = await ensureModelTemplate(model);
const server = await serveApp('dist-profile');
const browser = await launchBrowser();
const directus = await startModelDirectus(model);
const take = (page) =>
  page.evaluate(() => {
    const r = { ...(globalThis.__renders ?? {}) };
    globalThis.__renders = {};
    return r;
  });
try {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ path: probe });
  await context.addInitScript(() => {
    globalThis.__progress = [];
  });
  const page = await context.newPage();
  await (
    await openConnectScreen(page, directus)
  )();
  await settle(page, true);
  console.log('load (first visit):', JSON.stringify(await take(page)));
  for (let i = 0; i < 2; i++) {
    const r = await page.evaluate(clickEdgeAndTime, { skip: [] });
    await sleep(500);
    console.log('edge click:', JSON.stringify(r), JSON.stringify(await take(page)));
  }
  const start = await page.evaluate(emptyPanePoint);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let i = 0; i < 30; i += 1) await page.mouse.move(start.x + i * 4, start.y + i * 2);
  await page.mouse.up();
  await sleep(500);
  console.log('pan 30 moves:', JSON.stringify(await take(page)));
  await context.close();
} finally {
  await directus.stop();
  await browser.close();
  await server.close();
}
process.exit(0);
