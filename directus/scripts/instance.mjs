// Creates, starts and stops Directus instances on SQLite or PostgreSQL, from cached templates.
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import {
  copyFileSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { join } from 'node:path';
import { cliPath, installDir, nodeBin, runtimeEnv } from './paths.mjs';
import {
  databaseExists,
  dropDatabase,
  ensureCluster,
  pgHost,
  pgPort,
  psql,
  recreateDatabase,
} from './postgres.mjs';
import { exec, isAlive, stopPid, waitFor } from './process.mjs';

/** The admin every instance made here has. Loopback-only throw-away servers. */
export const ADMIN = {
  email: 'admin@example.com',
  password: 'relata-admin-password',
  token: 'relata-admin-static-token',
};

function dbIdentifier(version) {
  return version.replaceAll('.', '_');
}

function directusEnv({
  version,
  db,
  dir,
  database,
  key,
  secret,
  port = 8055,
  corsOrigins = [],
  accessTokenTtl,
  refreshTokenTtl,
}) {
  const common = {
    // An instance keeps its KEY and SECRET across restarts, so tokens it signed stay valid.
    KEY: key ?? randomUUID(),
    SECRET: secret ?? randomBytes(24).toString('hex'),
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    ADMIN_TOKEN: ADMIN.token,
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    TELEMETRY: 'false',
    CORS_ENABLED: 'true',
    CORS_ORIGIN: corsOrigins.length ? corsOrigins.join(',') : 'false',
    // /schema/diff rejects snapshots over 1 MB by default.
    MAX_PAYLOAD_SIZE: '50mb',
    STORAGE_LOCATIONS: 'local',
    STORAGE_LOCAL_ROOT: join(dir, 'uploads'),
    EXTENSIONS_PATH: join(dir, 'extensions'),
    LOG_LEVEL: 'warn',
    LOG_STYLE: 'raw',
    // Rate limits and the update check would only get in the way of local tests.
    RATE_LIMITER_ENABLED: 'false',
    // The pressure limiter answers 503 before the CORS middleware runs, so the browser sees a
    // failed fetch: on a loaded machine a large /schema/diff (AgencyOS) set it off.
    PRESSURE_LIMITER_ENABLED: 'false',
    ACCESS_TOKEN_TTL: accessTokenTtl ?? process.env.RELATA_ACCESS_TOKEN_TTL ?? '15m',
    ...(refreshTokenTtl ? { REFRESH_TOKEN_TTL: refreshTokenTtl } : {}),
    DIRECTUS_VERSION_CHECK: 'false',
  };
  const dbEnv =
    db === 'postgres'
      ? {
          DB_CLIENT: 'pg',
          DB_HOST: pgHost,
          DB_PORT: String(pgPort),
          DB_USER: 'postgres',
          DB_DATABASE: database,
        }
      : // With the default pool of 1, a second DELETE /relations in a row hangs 60 s (reference notes).
        { DB_CLIENT: 'sqlite3', DB_FILENAME: join(dir, 'data.db'), DB_POOL__MAX: '2' };
  return runtimeEnv({ ...common, ...dbEnv, RELATA_DIRECTUS_VERSION: version });
}

function runCli(version, env, args) {
  return exec(nodeBin, [cliPath(version), ...args], { env, cwd: installDir(version) });
}

/**
 * Makes sure a bootstrapped, empty database exists for this version and database kind.
 * SQLite: a file in the install folder; PostgreSQL: a template database in the cluster.
 */
export async function ensureBaseTemplate(version, db) {
  if (db === 'postgres') {
    await ensureCluster();
    const name = `relata_base_${dbIdentifier(version)}`;
    if (await databaseExists(name)) return name;
    console.log(`→ bootstrapping a Directus ${version} template database on PostgreSQL`);
    const building = `${name}_building`;
    await recreateDatabase(building);
    const dir = join(installDir(version), 'bootstrap-pg');
    mkdirSync(dir, { recursive: true });
    await runCli(version, directusEnv({ version, db, dir, database: building }), ['bootstrap']);
    await psql(`ALTER DATABASE "${building}" RENAME TO "${name}"`);
    return name;
  }
  const file = join(installDir(version), 'template.db');
  if (existsSync(file)) return file;
  console.log(`→ bootstrapping a Directus ${version} template database on SQLite`);
  const dir = join(installDir(version), 'bootstrap-sqlite');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await runCli(version, directusEnv({ version, db, dir }), ['bootstrap']);
  renameSync(join(dir, 'data.db'), file);
  return file;
}

/**
 * A new instance folder (and database) cloned from a template: `template` is a path to an
 * SQLite file or the name of a PostgreSQL template database.
 */
export async function createInstance({ version, db, dir, template }) {
  const key = randomUUID();
  const secret = randomBytes(24).toString('hex');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'uploads'), { recursive: true });
  mkdirSync(join(dir, 'extensions'), { recursive: true });
  if (db === 'postgres') {
    await ensureCluster();
    const database = `relata_${randomBytes(6).toString('hex')}`;
    await recreateDatabase(database, template);
    return { version, db, dir, database, key, secret };
  }
  copyFileSync(template, join(dir, 'data.db'));
  return { version, db, dir, key, secret };
}

/**
 * Starts Directus for an instance and waits for /server/ping. Started again on the same port,
 * an instance keeps its data, KEY and SECRET (the log is appended to).
 * @param {{ version: string, db: string, dir: string, database?: string, key?: string, secret?: string }} instance
 * @param {{ port: number, corsOrigins?: string[], accessTokenTtl?: string, refreshTokenTtl?: string }} options
 */
export async function startInstance(instance, { port, corsOrigins = [], accessTokenTtl, refreshTokenTtl }) {
  const env = directusEnv({ ...instance, port, corsOrigins, accessTokenTtl, refreshTokenTtl });
  const logFile = join(instance.dir, 'directus.log');
  const log = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(nodeBin, [cliPath(instance.version), 'start'], {
    cwd: installDir(instance.version),
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(
      async () => {
        if (child.exitCode !== null) throw new Error(`Directus exited with ${child.exitCode}`);
        const response = await fetch(`${url}/server/ping`);
        return response.ok;
      },
      { timeoutMs: 90_000, what: `Directus at ${url}` },
    );
  } catch (error) {
    await stopPid(child.pid);
    const tail = existsSync(logFile) ? readFileSync(logFile, 'utf8').slice(-3000) : '';
    throw new Error(`${error.message}\n--- ${logFile} ---\n${tail}`, { cause: error });
  }
  return { ...instance, url, port, pid: child.pid, token: ADMIN.token };
}

export async function stopInstance(running, { dropData = false } = {}) {
  if (running.pid && isAlive(running.pid)) await stopPid(running.pid);
  if (dropData) {
    if (running.db === 'postgres' && running.database) await dropDatabase(running.database);
    rmSync(running.dir, { recursive: true, force: true });
  }
}
