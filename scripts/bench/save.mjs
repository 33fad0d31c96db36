// The save benchmark (the last part of `npm run bench`): on AgencyOS in a real Directus 11.16.1,
// the time from pressing "Save relation" to "Saved to Directus" in the app (a save that is
// final: the server holds it), next to one bare PATCH of the same relation from the same page
// (the same body). Target: the save shown as final within 2× the bare PATCH.
// Options: --runs N (default 7), --out file.json (default test-results/bench-save.json).
// Serves dist/ as browser.mjs built it (run `npm run build` first when running this alone).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { installDirectus } from '../../directus/scripts/install.mjs';
import { ensureChromium } from '../chromium.mjs';
import { APP, launchBrowser, root, serveApp, startModelDirectus, VIEWPORT } from './harness.mjs';
import { benchModels, ensureModelTemplate, VERSION } from './models.mjs';

const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : fallback;
};
const RUNS = Number(option('runs', '7'));
const OUT = option('out', join(root, 'test-results', 'bench-save.json'));
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round = (value) => Math.round(value * 10) / 10;

const model = (await benchModels()).find((candidate) => candidate.name === 'agencyos');
if (!model) {
  console.log('save benchmark: AgencyOS is not in the corpus here, nothing to measure');
  process.exit(0);
}
await ensureChromium();
await installDirectus(VERSION);
model.template = await ensureModelTemplate(model);
const server = await serveApp('dist');
const browser = await launchBrowser();
const directus = await startModelDirectus(model);
try {
  const relations = await (
    await fetch(`${directus.url}/relations`, { headers: { authorization: `Bearer ${directus.token}` } })
  ).json();
  // A plain many-to-one of the project's own, with its foreign key.
  const relation = relations.data.find(
    (r) =>
      r.meta &&
      r.schema &&
      r.related_collection &&
      !r.collection.startsWith('directus_') &&
      !r.related_collection.startsWith('directus_') &&
      !r.meta.one_field &&
      !r.meta.junction_field,
  );
  if (!relation) throw new Error('AgencyOS has no plain many-to-one to save');
  const key = `${relation.collection}.${relation.field}`;

  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(`${APP}/?relationship=${encodeURIComponent(key)}`);
  await page.getByLabel('Directus URL').fill(directus.url);
  await page.getByLabel('Static token').fill(directus.token);
  await page.getByRole('button', { name: 'Connect' }).click();
  const form = page.getByRole('form', { name: `Edit relation ${key}` });
  await form.waitFor({ timeout: 120_000 });

  const saves = [];
  const patches = [];
  for (let i = 0; i < RUNS; i += 1) {
    const onUpdate = i % 2 === 0 ? 'CASCADE' : 'NO ACTION';
    await form.getByRole('combobox', { name: 'On update' }).click();
    await page.getByRole('option', { name: onUpdate, exact: true }).click();
    await form.getByRole('status').filter({ hasText: 'Saved to Directus' }).waitFor({ state: 'detached' });
    saves.push(
      await page.evaluate(async (name) => {
        const element = document.querySelector(`form[aria-label="${name}"]`);
        const button = [...element.querySelectorAll('button')].find((b) => b.textContent === 'Save relation');
        const started = performance.now();
        button.click();
        await new Promise((resolve) => {
          const check = () =>
            element.querySelector('[role="status"]')?.textContent?.includes('Saved to Directus')
              ? resolve()
              : requestAnimationFrame(check);
          check();
        });
        return performance.now() - started;
      }, `Edit relation ${key}`),
    );
    // The same change as one bare PATCH, from the same page.
    patches.push(
      await page.evaluate(
        async ({ url, token, path, body }) => {
          const started = performance.now();
          // The Data Studio's own request: same origin there; here the app's origin, as Relata's.
          const response = await fetch(`${url}${path}`, {
            method: 'PATCH',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: JSON.stringify(body),
          });
          await response.text();
          if (!response.ok) throw new Error(`PATCH answered ${response.status}`);
          return performance.now() - started;
        },
        {
          url: directus.url,
          token: directus.token,
          path: `/relations/${relation.collection}/${relation.field}`,
          // The body Relata's form sends (updateRequestBody): the whole relation, foreign-key
          // actions included (a PATCH that leaves them out resets them). Sending the schema object
          // as read back (constraint_name and all) makes Directus 11.16.1 close the connection.
          body: {
            collection: relation.collection,
            field: relation.field,
            related_collection: relation.related_collection,
            meta: {
              one_field: relation.meta.one_field,
              sort_field: relation.meta.sort_field,
              one_deselect_action: relation.meta.one_deselect_action,
              junction_field: relation.meta.junction_field,
              one_allowed_collections: relation.meta.one_allowed_collections,
              one_collection_field: relation.meta.one_collection_field,
            },
            schema: { on_delete: relation.schema.on_delete, on_update: onUpdate },
          },
        },
      ),
    );
  }
  await context.close();
  const saveMs = round(median(saves));
  const barePatchMs = round(median(patches));
  const ratio = round(saveMs / barePatchMs);
  const summary = {
    date: new Date().toISOString(),
    directus: VERSION,
    model: model.label,
    relation: key,
    runs: RUNS,
    saveToSavedMs: saveMs,
    barePatchMs,
    ratio,
    target: 'the save shown as final ≤ 2 × the bare PATCH',
    met: ratio <= 2,
  };
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, JSON.stringify({ summary, saves, patches }, null, 2));
  console.log(JSON.stringify(summary, null, 2));
} finally {
  await directus.stop();
  await browser.close();
  await server.close();
}
process.exit(0);
