// The demo template: a database with the demo model already seeded, cached per version and
// per demo-model revision, so every demo or test instance is a quick copy of it.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { seedDemo } from '../demo/seed.mjs';
import { createInstance, ensureBaseTemplate, startInstance, stopInstance } from './instance.mjs';
import { directusFolder, installDir } from './paths.mjs';
import { databaseExists, psql, dropDatabase } from './postgres.mjs';
import { freePort } from './process.mjs';

function demoFingerprint() {
  const hash = createHash('sha256');
  for (const file of ['demo/model.mjs', 'demo/seed.mjs'])
    hash.update(readFileSync(join(directusFolder, file)));
  return hash.digest('hex').slice(0, 10);
}

async function seedInto(instance) {
  const running = await startInstance(instance, { port: await freePort() });
  try {
    await seedDemo(running.url, running.token);
  } finally {
    await stopInstance(running);
  }
}

/** Returns the SQLite file or PostgreSQL database to clone demo instances from. */
export async function ensureDemoTemplate(version, db) {
  const base = await ensureBaseTemplate(version, db);
  const fingerprint = demoFingerprint();
  const dir = join(installDir(version), `demo-build-${db}`);
  if (db === 'postgres') {
    const name = `relata_demo_${version.replaceAll('.', '_')}_${fingerprint}`;
    if (await databaseExists(name)) return name;
    console.log(`→ seeding the demo model into a Directus ${version} template on PostgreSQL`);
    const instance = await createInstance({ version, db, dir, template: base });
    await seedInto(instance);
    await dropDatabase(name);
    await psql(`ALTER DATABASE "${instance.database}" RENAME TO "${name}"`);
    return name;
  }
  const file = join(installDir(version), `demo-${fingerprint}.db`);
  if (existsSync(file)) return file;
  console.log(`→ seeding the demo model into a Directus ${version} template on SQLite`);
  const instance = await createInstance({ version, db, dir, template: base });
  await seedInto(instance);
  renameSync(join(dir, 'data.db'), file);
  return file;
}
