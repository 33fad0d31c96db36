// `npm run test:e2e`: everything the end-to-end suite needs on a fresh machine (Chromium,
// the Directus runtime, PostgreSQL and MariaDB when asked for, the seeded templates, a build of
// the app and of the Data Studio module), then Playwright. Extra arguments go to `playwright test`.
// Env: DIRECTUS_VERSION (the main version), E2E_DATABASES (sqlite,postgres[,mysql]),
// E2E_EXTRA_VERSIONS (e.g. 10.13.4:sqlite,11.16.1:sqlite: one more project each, running the
// specs tagged @versions), E2E_APP_PORT.
import { spawn } from 'node:child_process';
import { build } from 'vite';
import { installDirectus } from '../directus/scripts/install.mjs';
import { ensureMariadb, stopMariadb } from '../directus/scripts/mariadb.mjs';
import { resolveVersion } from '../directus/scripts/paths.mjs';
import { ensureCluster, stopCluster } from '../directus/scripts/postgres.mjs';
import { ensureDemoTemplate } from '../directus/scripts/templates.mjs';
import { ensureChromium } from './chromium.mjs';
import { buildExtension } from './extension.mjs';

const version = resolveVersion();
// By default: every spec on SQLite, the write paths on PostgreSQL, a subset on MariaDB, on
// Directus 10 and on the id-addressed API of the 9.0 release candidates (see the README).
const databases = (process.env.E2E_DATABASES ?? 'sqlite,postgres,mysql').split(',');
/** Extra (version, database) pairs, each one more Playwright project. */
const extras = (process.env.E2E_EXTRA_VERSIONS ?? '10.13.4:sqlite,11.16.1:sqlite,9.0.0-rc.64:sqlite')
  .split(',')
  .filter(Boolean)
  .map((pair) => {
    const [extraVersion, db = 'sqlite'] = pair.split(':');
    return { version: resolveVersion(extraVersion), db };
  });
const allDatabases = new Set([...databases, ...extras.map((extra) => extra.db)]);

let startedPostgres = false;
let startedMariadb = false;
let code = 1;
try {
  await ensureChromium();
  await installDirectus(version);
  if (allDatabases.has('postgres')) startedPostgres = await ensureCluster();
  if (allDatabases.has('mysql')) startedMariadb = await ensureMariadb();
  for (const db of databases) await ensureDemoTemplate(version, db);
  for (const extra of extras) {
    await installDirectus(extra.version);
    await ensureDemoTemplate(extra.version, extra.db);
  }
  console.log('→ building Relata for the end-to-end suite');
  await build({ logLevel: 'warn' });
  console.log('→ building the Data Studio module (extension/dist) for the end-to-end suite');
  await buildExtension();
  code = await new Promise((resolve) => {
    const child = spawn('npx', ['playwright', 'test', ...process.argv.slice(2)], {
      stdio: 'inherit',
      env: {
        ...process.env,
        DIRECTUS_VERSION: version,
        E2E_DATABASES: databases.join(','),
        E2E_EXTRA_VERSIONS: extras.map((extra) => `${extra.version}:${extra.db}`).join(','),
      },
    });
    child.on('exit', (exitCode) => resolve(exitCode ?? 1));
  });
} catch (error) {
  console.error(`✗ ${error.message}`);
} finally {
  // Stop only the database servers this run started.
  if (startedPostgres) await stopCluster();
  if (startedMariadb) await stopMariadb();
}
process.exit(code);
