// `npm run test:e2e`: everything the end-to-end suite needs on a fresh machine (Chromium,
// the Directus runtime, PostgreSQL, the seeded templates, a build of the app), then Playwright.
// Extra arguments go to `playwright test`.
import { spawn } from 'node:child_process';
import { build } from 'vite';
import { installDirectus } from '../directus/scripts/install.mjs';
import { resolveVersion } from '../directus/scripts/paths.mjs';
import { ensureCluster, stopCluster } from '../directus/scripts/postgres.mjs';
import { ensureDemoTemplate } from '../directus/scripts/templates.mjs';
import { ensureChromium } from './chromium.mjs';

const version = resolveVersion();
const databases = (process.env.E2E_DATABASES ?? 'sqlite,postgres').split(',');

let startedPostgres = false;
let code = 1;
try {
  await ensureChromium();
  await installDirectus(version);
  if (databases.includes('postgres')) startedPostgres = await ensureCluster();
  for (const db of databases) await ensureDemoTemplate(version, db);
  console.log('→ building Relata for the end-to-end suite');
  await build({ logLevel: 'warn' });
  code = await new Promise((resolve) => {
    const child = spawn('npx', ['playwright', 'test', ...process.argv.slice(2)], {
      stdio: 'inherit',
      env: { ...process.env, DIRECTUS_VERSION: version, E2E_DATABASES: databases.join(',') },
    });
    child.on('exit', (exitCode) => resolve(exitCode ?? 1));
  });
} catch (error) {
  console.error(`✗ ${error.message}`);
} finally {
  // Stop only the PostgreSQL cluster this run started.
  if (startedPostgres) await stopCluster();
}
process.exit(code);
