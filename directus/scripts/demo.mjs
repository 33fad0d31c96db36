// Installs (once) and starts the demo Directus; stops it on Ctrl-C.
// Usage: node directus/scripts/demo.mjs [--reset] [--postgres | --mysql]
// Env: DIRECTUS_VERSION (see SUPPORTED_VERSIONS in paths.mjs), DIRECTUS_PORT (8055), APP_ORIGIN
// for CORS.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { installDirectus } from './install.mjs';
import { createInstance, startInstance, stopInstance } from './instance.mjs';
import { cacheRoot, resolveVersion } from './paths.mjs';
import { ensureDemoTemplate } from './templates.mjs';

/** beforeStart(instanceDir): e.g. copy extensions in, which Directus reads when it starts. */
export async function startDemo({
  version = resolveVersion(),
  db = 'sqlite',
  port,
  corsOrigins,
  reset = false,
  beforeStart = () => {},
}) {
  await installDirectus(version);
  const dir = join(cacheRoot, `demo-${version}-${db}`);
  const template = await ensureDemoTemplate(version, db);
  // The demo keeps its data between runs (SQLite), so edits made in Relata survive a restart.
  const fresh = reset || db !== 'sqlite' || !existsSync(join(dir, 'data.db'));
  const instance = fresh ? await createInstance({ version, db, dir, template }) : { version, db, dir };
  if (fresh) console.log(`→ demo Directus ${version} created from the template in ${dir}`);
  await beforeStart(dir);
  // With app extensions (npm start adds the Relata module) Directus bundles them before it answers.
  const running = await startInstance(instance, { port, corsOrigins, timeoutMs: 180_000 });
  console.log(`✓ Directus ${version} (${db}) is up at ${running.url} (pid ${running.pid})`);
  return running;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const running = await startDemo({
    db: args.includes('--postgres') ? 'postgres' : args.includes('--mysql') ? 'mysql' : 'sqlite',
    port: Number(process.env.DIRECTUS_PORT ?? 8055),
    corsOrigins: (process.env.APP_ORIGIN ?? 'http://127.0.0.1:5173,http://localhost:5173').split(','),
    reset: args.includes('--reset'),
  }).catch((error) => {
    console.error(`✗ ${error.message}`);
    process.exit(1);
  });
  console.log('Press Ctrl-C to stop it.');
  const stop = async () => {
    await stopInstance(running, { dropData: running.db !== 'sqlite' });
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
