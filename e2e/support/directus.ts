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
  /** The REST API as an admin, to check what the server really holds. */
  api: ReturnType<typeof adminClient>;
  stop: () => Promise<void>;
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
  version: string = resolveVersion(),
  { withModule = false }: StartOptions = {},
): Promise<RunningDirectus> {
  const template = await ensureDemoTemplate(version, db);
  const dir = mkdtempSync(join(tmpdir(), `relata-e2e-${db}-`));
  const instance = await createInstance({ version, db, dir, template });
  if (withModule) installExtension(dir);
  const running = await startInstance(instance, {
    port: await freePort(),
    corsOrigins: [appOrigin],
    // Directus bundles its app extensions (3 MB with the module) before it answers.
    timeoutMs: withModule ? 240_000 : undefined,
  });
  if (withModule) await enableModule(running.url, running.token);
  return {
    url: running.url,
    token: running.token,
    db,
    version,
    api: adminClient(running.url, running.token),
    stop: () => stopInstance(running, { dropData: true }),
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
