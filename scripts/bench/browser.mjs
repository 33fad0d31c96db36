// The browser benchmark (`npm run bench`, after Vitest's pipeline benchmark): builds the app,
// serves it, starts a real Directus 11.16.1 holding each model (AgencyOS from the corpus, the
// synthetic 500-collection model), opens the app in headless Chromium (a fresh context per run,
// after one warm-up visit that is not counted) and prints medians as JSON, next to the targets.
// Options: --runs N (default 5), --models agencyos,synthetic-500, --skip-build, --dist dir,
// --out file.json (default test-results/bench-browser.json: every run's figures).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { installDirectus } from '../../directus/scripts/install.mjs';
import { sleep } from '../../directus/scripts/process.mjs';
import { ensureChromium } from '../chromium.mjs';
import {
  APP,
  launchBrowser,
  openConnectScreen,
  probe,
  root,
  serveApp,
  settle,
  startModelDirectus,
  VIEWPORT,
} from './harness.mjs';
import { benchModels, ensureModelTemplate, VERSION } from './models.mjs';
import { clickEdgeAndTime, emptyPanePoint, pageReport, plainBoxesHtml } from './page-actions.js';
import { summarise } from './summary.mjs';

const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : fallback;
};
const RUNS = Number(option('runs', '5'));
const ONLY = option('models', null)?.split(',');
/** --dist dir: serve an app built beforehand (e.g. an older revision, to compare) instead of building. */
const DIST = option('dist', null);
const OUT = option('out', join(root, 'test-results', 'bench-browser.json'));
const PAN_MS = 2000;
const EDGE_CLICKS = 3;
const loads = [];
const log = (line) => console.error(line);
const loadNow = () => os.loadavg().map((n) => Number(n.toFixed(2)));
loads.push(loadNow());

if (!DIST && !process.argv.includes('--skip-build')) {
  log('→ building Relata (production)');
  await build({ root, logLevel: 'warn' });
}
await ensureChromium();
await installDirectus(VERSION);
const models = (await benchModels()).filter((model) => !ONLY || ONLY.includes(model.name));
for (const model of models) model.template = await ensureModelTemplate(model);

const server = await serveApp(DIST ?? 'dist');
const browser = await launchBrowser();
const browserCdp = await browser.newBrowserCDPSession();

/**
 * CPU time the page's processes (renderers, GPU/compositor) used since `from`, in ms: unlike wall
 * time, it hardly depends on what else the machine is running. 10 ms resolution.
 */
async function cpuSince(from = null) {
  const { processInfo } = await browserCdp.send('SystemInfo.getProcessInfo');
  const now = new Map(
    processInfo.filter((p) => p.type === 'renderer' || p.type === 'GPU').map((p) => [p.id, p.cpuTime]),
  );
  if (!from) return now;
  let ms = 0;
  for (const [pid, seconds] of now) ms += (seconds - (from.get(pid) ?? 0)) * 1000;
  return Math.round(ms);
}

/** Drags the empty pane for PAN_MS and counts the frames the page drew meanwhile. */
async function pan(page) {
  const start = await page.evaluate(emptyPanePoint);
  if (!start) return { error: 'no empty pane to drag' };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  const from = await page.evaluate(() => performance.now());
  const began = Date.now();
  for (let i = 1; Date.now() - began < PAN_MS; i += 1) {
    const phase = (i % 120) / 120;
    await page.mouse.move(
      start.x + Math.sin(phase * 2 * Math.PI) * 200,
      start.y + Math.cos(phase * 2 * Math.PI) * 120 - 120,
    );
  }
  const to = await page.evaluate(() => performance.now());
  await page.mouse.up();
  const frames = await page.evaluate(
    ([a, b]) => window.__bench.frames.filter((t) => t >= a && t <= b),
    [from, to],
  );
  const gaps = frames.slice(1).map((t, i) => t - frames[i]);
  return {
    fps: (frames.length - 1) / ((frames.at(-1) - frames[0]) / 1000),
    maxFrameGapMs: Math.max(...gaps),
  };
}

/** The JavaScript the connect screen loads, gzipped as a server would send it. */
async function initialJavaScript() {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const scripts = new Set();
  page.on('request', (request) => {
    if (request.resourceType() === 'script' && request.url().startsWith(APP))
      scripts.add(new URL(request.url()).pathname);
  });
  await page.goto(APP);
  await page.getByRole('button', { name: 'Connect' }).waitFor();
  await sleep(500);
  await context.close();
  const files = [...scripts].map((path) => {
    const bytes = readFileSync(join(root, DIST ?? 'dist', path));
    return { file: path, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
  });
  return { files, gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0) };
}

async function plainBoxesPan() {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ path: probe });
  const page = await context.newPage();
  await page.setContent(plainBoxesHtml(502));
  await sleep(300);
  const cpu = await cpuSince();
  const result = { ...(await pan(page)), cpuMs: await cpuSince(cpu) };
  await context.close();
  return result;
}

async function visit(directus, { storageState }) {
  const firstVisit = !storageState;
  const context = await browser.newContext({ viewport: VIEWPORT, storageState: storageState ?? undefined });
  await context.addInitScript({ path: probe });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Performance.enable');
  let requests = [];
  const sizes = new Map();
  cdp.on('Network.requestWillBeSent', (event) => {
    if (event.request.url.startsWith(directus.url))
      requests.push({
        id: event.requestId,
        method: event.request.method,
        url: event.request.url.slice(directus.url.length),
        type: event.type,
      });
  });
  cdp.on('Network.loadingFinished', (event) => sizes.set(event.requestId, event.encodedDataLength));
  const connect = await openConnectScreen(page, directus);
  requests = [];
  const cpuBefore = await cpuSince();
  await connect();
  await settle(page, firstVisit);
  const loadCpuMs = await cpuSince(cpuBefore);
  const report = await page.evaluate(pageReport);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? null;
  const saved = firstVisit ? await context.storageState() : null;
  const loadRequests = requests.map((r) => ({ ...r, bytes: sizes.get(r.id) ?? null }));

  const clicks = [];
  const skip = [];
  for (let i = 0; i < EDGE_CLICKS; i += 1) {
    const cpu = await cpuSince();
    const click = await page.evaluate(clickEdgeAndTime, { skip });
    click.cpuMs = await cpuSince(cpu);
    clicks.push(click);
    if (click.relationship) skip.push(click.relationship);
    await sleep(300);
  }
  // Back to no selection, so the pan measures the diagram as it loaded.
  await page.keyboard.press('Escape');
  await page.evaluate(() => history.replaceState(null, '', location.pathname));
  const cpu = await cpuSince();
  const panned = { ...(await pan(page)), cpuMs: await cpuSince(cpu) };
  await context.close();
  return {
    firstVisit,
    report,
    heap,
    loadCpuMs,
    requests: loadRequests,
    clicks,
    pan: panned,
    storageState: saved,
  };
}

const results = {
  date: new Date().toISOString(),
  machine: `${os.cpus().length} × ${os.cpus()[0]?.model}`,
  directus: VERSION,
  viewport: VIEWPORT,
  runs: RUNS,
};
try {
  log('→ initial JavaScript');
  results.initialJavaScript = await initialJavaScript();
  log('→ pan on 502 plain boxes');
  const plain = [];
  for (let i = 0; i < RUNS; i += 1) plain.push(await plainBoxesPan());
  results.models = {};
  for (const model of models) {
    const directus = await startModelDirectus(model);
    try {
      // A Directus just started answers its first reads two to three times slower (it builds its
      // schema cache): one visit first, not counted, as a server in use would be warm.
      log(`→ ${model.name}: warm-up visit (not counted)`);
      await visit(directus, { storageState: null });
      const runs = [];
      for (let i = 0; i < RUNS; i += 1) {
        log(`→ ${model.name}: run ${i + 1} of ${RUNS} (load ${loadNow()[0]})`);
        const first = await visit(directus, { storageState: null });
        const later = await visit(directus, { storageState: first.storageState });
        runs.push({ first, later });
        loads.push(loadNow());
      }
      results.models[model.name] = { label: model.label, runs };
    } finally {
      await directus.stop();
    }
  }
  results.plainBoxes = plain;
} finally {
  await browser.close();
  await server.close();
}
loads.push(loadNow());
results.loadAverage = { start: loads[0], end: loads.at(-1), max1min: Math.max(...loads.map((l) => l[0])) };

const summary = summarise(results);
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, JSON.stringify({ summary, raw: results }, null, 2));
log(`raw figures in ${OUT}`);
console.log(JSON.stringify(summary, null, 2));
process.exit(0);
