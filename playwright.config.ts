import { defineConfig } from '@playwright/test';
import { VERSIONS } from './directus/scripts/paths.mjs';

const appPort = Number(process.env.E2E_APP_PORT ?? 4174);
const databases = (process.env.E2E_DATABASES ?? 'sqlite').split(',');
const extraVersions = (process.env.E2E_EXTRA_VERSIONS ?? '')
  .split(',')
  .filter(Boolean)
  .map((pair) => {
    const [version = '', db = 'sqlite'] = pair.split(':');
    return { version, db };
  });

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  // Each test may start its own Directus (~300 MB, a few seconds): one at a time on 2 cores.
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${appPort}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // This machine's network is closed: keep Chromium from calling home at every start.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${appPort} --strictPort`,
    url: `http://127.0.0.1:${appPort}`,
    reuseExistingServer: false,
  },
  // Reading is the same on every database; writes differ (type checks, constraints), so
  // specs tagged @write run on PostgreSQL and MariaDB too, and @mariadb (what is not atomic
  // there) only on MariaDB. Each extra Directus version (E2E_EXTRA_VERSIONS=10.13.4:sqlite,...)
  // is one more project running the tests tagged @versions (the diagram, connecting, and a
  // write-path subset) and, from Directus 11 on, @module; a version with the id-addressed
  // relations API of the 9.0 RCs runs the specs tagged @legacy instead, and only there.
  projects: [
    ...databases.map((db) => ({
      name: db,
      metadata: { db },
      grep:
        db === 'sqlite'
          ? undefined
          : db === 'mysql'
            ? // MariaDB: its own specs and the cross-version subset (reads and the main write paths);
              // E2E_MYSQL_ALL=1 runs every @write spec there too.
              process.env.E2E_MYSQL_ALL
              ? /@write|@mariadb/
              : /@versions|@mariadb/
            : /@write/,
      grepInvert: db === 'mysql' ? /@legacy/ : /@legacy|@mariadb/,
    })),
    ...extraVersions.map(({ version, db }) => {
      const legacy =
        (VERSIONS as Record<string, { relationsApi?: string }>)[version]?.relationsApi === 'legacy';
      // The module is built for the Data Studio of Directus 11 and 12.
      const hasModule = Number(version.split('.')[0]) >= 11;
      return {
        name: `directus-${version}-${db}`,
        metadata: { db, version },
        grep: legacy ? /@legacy/ : hasModule ? /@versions|@module/ : /@versions/,
      };
    }),
  ],
});
