// Where the main thread's time goes: `node scripts/bench/profile.mjs [model] [--later]` builds the
// app unminified (dist-profile/), opens it on the model as the benchmark does and prints the
// functions with the most self time, sampled by V8's profiler, for the load, an edge click and
// a pan. For finding what to fix; the figures themselves come from browser.mjs.
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
import { traced } from './trace.mjs';
import { clickEdgeAndTime, emptyPanePoint } from './page-actions.js';

const name = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 'synthetic-500';
const later = process.argv.includes('--later');
/** --trace: Chrome's trace (script, style, layout, paint per task) instead of V8's sampling profile. */
const trace = process.argv.includes('--trace');
const TOP = 30;
/** --tasks N: with --trace, the N longest tasks of each phase (default 5). */
const TASKS = Number(process.argv[process.argv.indexOf('--tasks') + 1] ?? 5) || 5;

/** Self time per function (name, file, line), largest first. */
function topFunctions(profile) {
  const self = new Map();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const deltas = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const key = `${functionName || '(anonymous)'} ${url.replace(/^.*\/assets\//, '')}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const sumOf = (prefix) =>
    [...self].filter(([key]) => key.startsWith(prefix)).reduce((sum, [, ms]) => sum + ms, 0);
  return {
    totalMs: Math.round(total),
    idleMs: Math.round(sumOf('(idle)')),
    /** The browser's own work outside JavaScript: style, layout, paint. */
    programMs: Math.round(sumOf('(program)')),
    top: [...self]
      .filter(([key]) => !key.startsWith('(idle)') && !key.startsWith('(program)'))
      .sort((a, b) => b[1] - a[1])
      .slice(0, TOP)
      .map(([key, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${key}`),
  };
}

async function profiled(cdp, run) {
  if (trace) return traced(cdp, run, TASKS);
  await cdp.send('Profiler.start');
  await run();
  const { profile } = await cdp.send('Profiler.stop');
  return topFunctions(profile);
}

console.error('→ building Relata unminified into dist-profile/');
await build({ root, logLevel: 'warn', build: { outDir: 'dist-profile', minify: false, sourcemap: false } });
const model = (await benchModels()).find((m) => m.name === name);
if (!model) throw new Error(`no model ${name}`);
model.template = await ensureModelTemplate(model);
const server = await serveApp('dist-profile');
const browser = await launchBrowser();
const directus = await startModelDirectus(model);
try {
  let storageState;
  if (later) {
    const context = await browser.newContext({ viewport: VIEWPORT });
    await context.addInitScript({ path: probe });
    const page = await context.newPage();
    await (
      await openConnectScreen(page, directus)
    )();
    await settle(page, true);
    storageState = await context.storageState();
    await context.close();
  }
  const context = await browser.newContext({ viewport: VIEWPORT, storageState });
  await context.addInitScript({ path: probe });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  const connect = await openConnectScreen(page, directus);
  const load = await profiled(cdp, async () => {
    await connect();
    await settle(page, !later);
  });
  const click = await profiled(cdp, async () => {
    const result = await page.evaluate(clickEdgeAndTime, { skip: [] });
    console.error(`edge click: ${JSON.stringify(result)}`);
    await sleep(500);
  });
  // As the benchmark does: back to no selection, so the pan measures the diagram as it loaded.
  await page.keyboard.press('Escape');
  await sleep(300);
  const start = await page.evaluate(emptyPanePoint);
  const pan = await profiled(cdp, async () => {
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let i = 0; i < 60; i += 1) await page.mouse.move(start.x + i * 4, start.y + i * 2);
    await page.mouse.up();
  });
  for (const [phase, result] of Object.entries({ load, click, pan })) {
    if (trace) {
      console.log(`\n== ${phase}: main thread busy ${result.busyMs} ms`);
      console.log(`self time (ms): ${result.overall}`);
      console.log(`longest tasks:\n  ${result.longestTasks.join('\n  ')}`);
      continue;
    }
    console.log(
      `\n== ${phase}: ${result.totalMs} ms sampled, ${result.idleMs} ms idle, ${result.programMs} ms (program)`,
    );
    console.log(result.top.join('\n'));
  }
  await context.close();
} finally {
  await directus.stop();
  await browser.close();
  await server.close();
}
process.exit(0);
