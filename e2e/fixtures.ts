import { test as base } from '@playwright/test';
import { resolveVersion } from '../directus/scripts/paths.mjs';
import { startDirectus, type Database, type RunningDirectus } from './support/directus';
import { RelataPage } from './support/relata-page';

interface TestFixtures {
  relata: RelataPage;
  /** A Directus of its own for a test that changes the model. */
  freshDirectus: RunningDirectus;
}

interface WorkerFixtures {
  /** One demo Directus shared by the read-only tests of a worker. */
  demoDirectus: RunningDirectus;
  database: Database;
  /** The Directus version of the project (metadata.version), or DIRECTUS_VERSION's. */
  version: string;
  appOrigin: string;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  database: [
    async ({}, use, workerInfo) => use((workerInfo.project.metadata.db ?? 'sqlite') as Database),
    { scope: 'worker' },
  ],
  version: [
    async ({}, use, workerInfo) =>
      use((workerInfo.project.metadata.version as string | undefined) ?? resolveVersion()),
    { scope: 'worker' },
  ],
  appOrigin: [
    async ({}, use, workerInfo) => use(new URL(String(workerInfo.project.use.baseURL)).origin),
    { scope: 'worker' },
  ],
  demoDirectus: [
    async ({ database, version, appOrigin }, use) => {
      const directus = await startDirectus(database, appOrigin, { version });
      await use(directus);
      await directus.stop();
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  freshDirectus: async ({ database, version, appOrigin }, use) => {
    const directus = await startDirectus(database, appOrigin, { version });
    await use(directus);
    await directus.stop();
  },
  relata: async ({ page }, use) => use(new RelataPage(page)),
});

export { expect } from '@playwright/test';
