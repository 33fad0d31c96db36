// The two models the browser benchmark opens, each loaded once into a Directus SQLite database
// that is cached as a template per model revision (the hash of its snapshot), like the demo
// template: later runs copy the file and start in seconds.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import {
  createInstance,
  ensureBaseTemplate,
  startInstance,
  stopInstance,
} from '../../directus/scripts/instance.mjs';
import { installDir } from '../../directus/scripts/paths.mjs';
import { freePort } from '../../directus/scripts/process.mjs';

export const VERSION = '11.16.1';
const root = fileURLToPath(new URL('../..', import.meta.url));

/** The corpus of real schemas, found through the one setting the unit tests use. */
export const REAL_SCHEMAS_DIR = resolve(
  root,
  process.env.RELATA_REAL_SCHEMAS || join('..', 'shared', 'real-schemas'),
);
const AGENCYOS = join(REAL_SCHEMAS_DIR, 'directus-templates/agencyos-2024-01/src/schema/snapshot.json');

/** The synthetic model as a snapshot, built by the app's own TypeScript (through Vite). */
async function syntheticSnapshot(collections, relations) {
  const { module: synthetic } = await runnerImport(join(root, 'src/testing/synthetic.ts'));
  const { module: snapshot } = await runnerImport(join(root, 'src/domain/review/to-snapshot.ts'));
  const schema = synthetic.syntheticModel({ collections, relations });
  return snapshot.toSnapshot(schema, { directus: VERSION, vendor: 'sqlite' });
}

/** The models to open; AgencyOS is left out, with one line, when the corpus is absent. */
export async function benchModels() {
  const models = [];
  if (existsSync(AGENCYOS)) {
    models.push({
      name: 'agencyos',
      label: 'AgencyOS (agencyos-2024-01 snapshot)',
      snapshot: JSON.parse(readFileSync(AGENCYOS, 'utf8')),
    });
  } else {
    console.log(
      `real-schema corpus not found at ${REAL_SCHEMAS_DIR} (set RELATA_REAL_SCHEMAS): skipping AgencyOS`,
    );
  }
  models.push({
    name: 'synthetic-500',
    label: 'synthetic (syntheticModel({collections: 500, relations: 1500}))',
    snapshot: await syntheticSnapshot(500, 1500),
  });
  return models;
}

async function post(url, path, body) {
  const response = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer relata-admin-static-token` },
    body: JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(`POST ${path} answered ${response.status}: ${(await response.text()).slice(0, 2000)}`);
  return response.status === 204 ? null : response.json();
}

/** The SQLite file holding this model: built once per model revision, then reused. */
export async function ensureModelTemplate(model) {
  const text = JSON.stringify(model.snapshot);
  const revision = createHash('sha256').update(VERSION).update(text).digest('hex').slice(0, 10);
  const file = join(installDir(VERSION), `bench-${model.name}-${revision}.db`);
  if (existsSync(file)) return file;
  console.log(`→ loading ${model.label} into a Directus ${VERSION} template (first time for this revision)`);
  const base = await ensureBaseTemplate(VERSION, 'sqlite');
  const dir = join(installDir(VERSION), `bench-build-${model.name}`);
  const instance = await createInstance({ version: VERSION, db: 'sqlite', dir, template: base });
  const running = await startInstance(instance, { port: await freePort() });
  try {
    const started = Date.now();
    const diff = await post(running.url, '/schema/diff?force=true', model.snapshot);
    if (diff) await post(running.url, '/schema/apply?force=true', diff.data);
    console.log(`  applied in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await stopInstance(running);
  }
  renameSync(join(dir, 'data.db'), file);
  return file;
}
