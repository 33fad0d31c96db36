// Real, throw-away Directus servers for the suite, cloned from the seeded demo template.
import { createDirectus, rest, staticToken } from '@directus/sdk';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { enableModule, installExtension } from '../../directus/scripts/extension.mjs';
import { createInstance, startInstance, stopInstance } from '../../directus/scripts/instance.mjs';
import { resolveVersion } from '../../directus/scripts/paths.mjs';
import { freePort } from '../../directus/scripts/process.mjs';
import { ensureDemoTemplate } from '../../directus/scripts/templates.mjs';

export type Database = 'sqlite' | 'postgres' | 'mysql';

export interface RunningDirectus {
  url: string;
  token: string;
  db: Database;
  version: string;
  /** The instance's folder (SQLite keeps its database there, as data.db). */
  dir: string;
  /** The PostgreSQL database, on PostgreSQL. */
  database: string | null;
  /** The REST API as an admin, to check what the server really holds. */
  api: ReturnType<typeof adminClient>;
  /** Stops the server and drops its data. */
  stop: () => Promise<void>;
  /** Stops the server process only: the data stays, the port stays free for `restart`. */
  kill: () => Promise<void>;
  /** Starts the same instance again on the same port (same data, KEY and SECRET). */
  restart: () => Promise<void>;
}

export interface DirectusOptions {
  /** ACCESS_TOKEN_TTL, e.g. '3s'. */
  accessTokenTtl?: string;
  /** REFRESH_TOKEN_TTL, e.g. '8s'. */
  refreshTokenTtl?: string;
}

function adminClient(url: string, token: string) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return createDirectus<any>(url).with(staticToken(token)).with(rest());
}

export interface StartOptions {
  /** With the Relata module installed (extension/dist) and enabled in the module bar. */
  withModule?: boolean;
}

export async function startDirectus(
  db: Database,
  appOrigin: string,
  options: DirectusOptions & StartOptions & { version?: string } = {},
): Promise<RunningDirectus> {
  const { version = resolveVersion(), withModule = false, ...instanceOptions } = options;
  const template = await ensureDemoTemplate(version, db);
  const dir = mkdtempSync(join(tmpdir(), `relata-e2e-${db}-`));
  const instance = await createInstance({ version, db, dir, template });
  if (withModule) installExtension(dir);
  const startOptions = {
    port: await freePort(),
    corsOrigins: [appOrigin],
    ...instanceOptions,
    // Directus bundles its app extensions (3 MB with the module) before it answers.
    timeoutMs: withModule ? 240_000 : undefined,
  };
  let running = await startInstance(instance, startOptions);
  if (withModule) await enableModule(running.url, running.token);
  return {
    url: running.url,
    token: running.token,
    db,
    version,
    dir,
    database: instance.database ?? null,
    api: adminClient(running.url, running.token),
    stop: () => stopInstance(running, { dropData: true }),
    kill: () => stopInstance(running),
    restart: async () => {
      await stopInstance(running);
      running = await startInstance(instance, startOptions);
    },
  };
}

/** The error code of a rejected Directus request, or null when it succeeded. */
export async function errorCodeOf(request: Promise<unknown>): Promise<string | null> {
  try {
    await request;
    return null;
  } catch (error) {
    const errors = (error as { errors?: { extensions?: { code?: string } }[] }).errors;
    const code = errors?.[0]?.extensions?.code;
    if (!code) throw error;
    return code;
  }
}

/**
 * What Directus holds for one relation: null when it is gone. Directus answers FORBIDDEN for a
 * relation that does not exist (it hides existence); any other failure fails the test.
 */
export async function relationOrNull<T>(request: Promise<T>): Promise<T | null> {
  try {
    return await request;
  } catch (error) {
    const code = (error as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code;
    if (code === 'FORBIDDEN') return null;
    throw error;
  }
}
