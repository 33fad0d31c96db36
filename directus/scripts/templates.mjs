// The demo template: a database with the demo model already seeded, cached per version and
// per demo-model revision, so every demo or test instance is a quick copy of it.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { createInstance, ensureBaseTemplate, serverFor, startInstance, stopInstance } from './instance.mjs';
import { directusFolder, installDir, versionInfo } from './paths.mjs';
import { freePort } from './process.mjs';

/** The seed for a version: the full demo model, or a smaller one through the id-addressed API. */
function demoSeed(version) {
  return versionInfo(version).relationsApi === 'legacy'
    ? {
        files: ['demo/seed-legacy.mjs'],
        load: async () => (await import('../demo/seed-legacy.mjs')).seedLegacyDemo,
      }
    : {
        files: ['demo/model.mjs', 'demo/seed.mjs'],
        load: async () => (await import('../demo/seed.mjs')).seedDemo,
      };
}

function demoFingerprint(files) {
  const hash = createHash('sha256');
  for (const file of files) hash.update(readFileSync(join(directusFolder, file)));
  return hash.digest('hex').slice(0, 10);
}

async function seedInto(instance, seed) {
  const running = await startInstance(instance, { port: await freePort() });
  try {
    await seed(running.url, running.token);
  } finally {
    await stopInstance(running);
  }
}

/** Returns the SQLite file or the PostgreSQL/MariaDB database to clone demo instances from. */
export async function ensureDemoTemplate(version, db) {
  const base = await ensureBaseTemplate(version, db);
  const seed = demoSeed(version);
  const fingerprint = demoFingerprint(seed.files);
  const dir = join(installDir(version), `demo-build-${db}`);
  if (db !== 'sqlite') {
    const server = serverFor(db);
    const name = `relata_demo_${version.replaceAll(/[.-]/g, '_')}_${fingerprint}`;
    if (await server.exists(name)) return name;
    console.log(`→ seeding the demo model into a Directus ${version} template on ${db}`);
    const instance = await createInstance({ version, db, dir, template: base });
    await seedInto(instance, await seed.load());
    await server.drop(name);
    await server.rename(instance.database, name);
    return name;
  }
  const file = join(installDir(version), `demo-${fingerprint}.db`);
  if (existsSync(file)) return file;
  console.log(`→ seeding the demo model into a Directus ${version} template on SQLite`);
  const instance = await createInstance({ version, db, dir, template: base });
  await seedInto(instance, await seed.load());
  renameSync(join(dir, 'data.db'), file);
  return file;
}
