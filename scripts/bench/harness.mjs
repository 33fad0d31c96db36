// What the benchmark and the profiler share: the built app served on 127.0.0.1, headless
// Chromium launched as the e2e suite launches it, a Directus holding a model, and a page that
// connects to it and waits until the diagram has settled.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { ADMIN, createInstance, startInstance, stopInstance } from '../../directus/scripts/instance.mjs';
import { freePort, sleep } from '../../directus/scripts/process.mjs';
import { VERSION } from './models.mjs';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const APP_PORT = Number(process.env.BENCH_APP_PORT ?? 4188);
export const APP = `http://127.0.0.1:${APP_PORT}`;
export const VIEWPORT = { width: 1440, height: 900 };
export const probe = fileURLToPath(new URL('./probe.js', import.meta.url));
/** Nothing moved on the diagram for this long: the load is over. */
const QUIET_MS = 1500;
const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 180_000);

// As in playwright.config.ts: this machine's network is closed.
const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function serveApp(outDir = 'dist') {
  return preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: APP_PORT, strictPort: true },
  });
}

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: LAUNCH_ARGS,
  });
}

/** A throw-away Directus copied from the model's template, allowing the app's origin. */
export async function startModelDirectus(model) {
  const dir = mkdtempSync(join(os.tmpdir(), `relata-bench-${model.name}-`));
  const instance = await createInstance({ version: VERSION, db: 'sqlite', dir, template: model.template });
  // Directus answers 503 "Under pressure" when its event loop lags, as it does on a loaded machine.
  const running = await startInstance(instance, {
    port: await freePort(),
    corsOrigins: [APP],
    env: { PRESSURE_LIMITER_ENABLED: 'false' },
  });
  return { url: running.url, token: ADMIN.token, stop: () => stopInstance(running, { dropData: true }) };
}

/** Opens the app and fills in the connect form; `connect()` clicks Connect. */
export async function openConnectScreen(page, directus) {
  await page.goto(APP);
  await page.getByLabel('Directus URL').fill(directus.url);
  await page.getByLabel('Static token').fill(directus.token);
  return () => page.getByRole('button', { name: 'Connect' }).click();
}

/** Waits until the diagram is drawn and nothing has moved for QUIET_MS (and, first visit, drawn after its layout). */
export async function settle(page, firstVisit) {
  const deadline = Date.now() + SETTLE_MS;
  for (;;) {
    const state = await page.evaluate(() => {
      const b = window.__bench;
      const last = b.nodeFrames.at(-1);
      const running = [...document.querySelectorAll('.react-flow__panel [role="status"]')].some((s) =>
        s.textContent.startsWith('Laying out'),
      );
      // A large model is sketched while its layout runs, and drawn once it is done: settled
      // only after something was drawn since the layout ended.
      const layoutEnd = b.layoutFrames.at(-1);
      const drawnSinceLayout = layoutEnd !== undefined && last !== undefined && last.t > layoutEnd;
      return { now: performance.now(), last: last?.t ?? null, running, drawnSinceLayout };
    });
    const quiet = state.last !== null && !state.running && state.now - state.last > QUIET_MS;
    if (quiet && (!firstVisit || state.drawnSinceLayout || state.now - state.last > 10_000)) return;
    if (Date.now() > deadline) {
      await page.screenshot({ path: join(os.tmpdir(), 'relata-bench-unsettled.png') });
      throw new Error(`the diagram did not settle in time: ${JSON.stringify(state)}`);
    }
    await sleep(250);
  }
}
