import { sleep } from '../../directus/scripts/process.mjs';
import {
  launchBrowser,
  openConnectScreen,
  probe,
  serveApp,
  settle,
  startModelDirectus,
  VIEWPORT,
} from './harness.mjs';
import { benchModels, ensureModelTemplate } from './models.mjs';
import { emptyPanePoint, plainBoxesHtml } from './page-actions.js';
const name = process.argv[2] ?? 'synthetic-500';
const model = (await benchModels()).find((m) => m.name === name);
model.template = await ensureModelTemplate(model);
const server = await serveApp(process.argv[3] ?? 'dist');
const browser = await launchBrowser();
const directus = await startModelDirectus(model);
async function pan(page) {
  const start = await page.evaluate(emptyPanePoint);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  const from = await page.evaluate(() => performance.now());
  const began = Date.now();
  for (let i = 1; Date.now() - began < 2000; i += 1) {
    const ph = (i % 120) / 120;
    await page.mouse.move(start.x + Math.sin(ph * 6.283) * 200, start.y + Math.cos(ph * 6.283) * 120 - 120);
  }
  const to = await page.evaluate(() => performance.now());
  await page.mouse.up();
  const f = await page.evaluate(
    ([a, b]) => window.__bench.frames.filter((t) => t >= a && t <= b),
    [from, to],
  );
  return ((f.length - 1) / ((f.at(-1) - f[0]) / 1000)).toFixed(1);
}
try {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ path: probe });
  const page = await context.newPage();
  await (
    await openConnectScreen(page, directus)
  )();
  await settle(page, true);
  console.log('dom', await page.evaluate(() => document.getElementsByTagName('*').length));
  const variants = {
    none: '',
    willChange: '.react-flow__viewport { will-change: transform }',
    noPointer: '.react-flow__viewport * { pointer-events: none !important }',
    both: '.react-flow__viewport { will-change: transform } .react-flow__viewport * { pointer-events: none !important }',
    bothNoMinimapBg:
      '.react-flow__viewport { will-change: transform } .react-flow__viewport * { pointer-events: none !important } .react-flow__minimap, .react-flow__background { display: none }',
  };
  for (let k = 0; k < 2; k++)
    for (const [name, css] of Object.entries(variants)) {
      await page.evaluate((css) => {
        let s = document.getElementById('bench-css');
        if (!s) {
          s = document.createElement('style');
          s.id = 'bench-css';
          document.head.append(s);
        }
        s.textContent = css;
      }, css);
      await sleep(500);
      console.log(name, await pan(page));
    }
  await page.setContent(plainBoxesHtml(502));
  await sleep(300);
  console.log('boxes pan', await pan(page));
  await context.close();
} finally {
  await directus.stop();
  await browser.close();
  await server.close();
}
process.exit(0);
