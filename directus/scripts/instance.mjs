// Creates, starts and stops Directus instances on SQLite, PostgreSQL or MariaDB (`mysql`), from
// cached templates.
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
import { cliPath, installDir, nodeBinFor, runtimeEnv, versionInfo } from './paths.mjs';
import * as mariadb from './mariadb.mjs';
import * as postgres from './postgres.mjs';
import { exec, freePort, isAlive, stopPid, waitFor } from './process.mjs';

/** The admin every instance made here has. Loopback-only throw-away servers. */
export const ADMIN = {
  email: 'admin@example.com',
  password: 'relata-admin-password',
  token: 'relata-admin-static-token',
};

function dbIdentifier(version) {
  return version.replaceAll(/[.-]/g, '_');
}

/** The database servers an instance's database can live in (SQLite needs none). */
export const servers = {
  postgres: {
    ensure: postgres.ensureCluster,
    exists: postgres.databaseExists,
    recreate: postgres.recreateDatabase,
    drop: postgres.dropDatabase,
    rename: (from, to) => postgres.psql(`ALTER DATABASE "${from}" RENAME TO "${to}"`),
  },
  mysql: {
    ensure: mariadb.ensureMariadb,
    exists: mariadb.databaseExists,
    recreate: mariadb.recreateDatabase,
    drop: mariadb.dropDatabase,
    rename: mariadb.renameDatabase,
  },
};

export function serverFor(db) {
  const server = servers[db];
  if (!server) throw new Error(`no database server for ${db}`);
  return server;
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
  extraEnv = {},
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
    // Directus writes the Data Studio's bundle of app extensions under TEMP_PATH, by default
    // ./node_modules/.directus of the install: shared by every instance of a version, so one
    // instance without extensions would serve its empty bundle to another's Data Studio.
    TEMP_PATH: join(dir, 'tmp'),
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
  const dbEnv = {
    postgres: () => ({
      DB_CLIENT: 'pg',
      DB_HOST: postgres.pgHost,
      DB_PORT: String(postgres.pgPort),
      DB_USER: 'postgres',
      DB_DATABASE: database,
    }),
    mysql: () => ({
      DB_CLIENT: 'mysql',
      DB_HOST: mariadb.mysqlHost,
      DB_PORT: String(mariadb.mysqlPort),
      DB_USER: mariadb.mysqlUser,
      DB_PASSWORD: mariadb.mysqlPassword,
      DB_DATABASE: database,
    }),
    // With the default pool of 1, a second DELETE /relations in a row hangs 60 s (reference notes).
    sqlite: () => ({ DB_CLIENT: 'sqlite3', DB_FILENAME: join(dir, 'data.db'), DB_POOL__MAX: '2' }),
  }[db]();
  const env = runtimeEnv(
    { ...common, ...dbEnv, ...versionInfo(version).env?.[db], ...extraEnv, RELATA_DIRECTUS_VERSION: version },
    version,
  );
  // A version's quirks may unset a variable (undefined) it would misread.
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete env[key];
  return env;
}

function runCli(version, env, args) {
  return exec(nodeBinFor(version), [cliPath(version), ...args], { env, cwd: installDir(version) });
}

/** `directus bootstrap`, then, for versions without ADMIN_TOKEN, the admin's static token. */
async function bootstrap(instance) {
  await runCli(instance.version, directusEnv(instance), ['bootstrap']);
  if (versionInfo(instance.version).adminTokenEnv !== false) return;
  const running = await startInstance(instance, { port: await freePort() });
  try {
    const login = await fetch(`${running.url}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: ADMIN.email, password: ADMIN.password }),
    });
    if (!login.ok) throw new Error(`admin login answered ${login.status}: ${await login.text()}`);
    const { data } = await login.json();
    const patch = await fetch(`${running.url}/users/me`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${data.access_token}` },
      body: JSON.stringify({ token: ADMIN.token }),
    });
    if (!patch.ok) throw new Error(`setting the admin token answered ${patch.status}: ${await patch.text()}`);
  } finally {
    await stopInstance(running);
  }
}

function checkDatabase(version, db) {
  const { databases } = versionInfo(version);
  if (!databases.includes(db)) {
    throw new Error(`Directus ${version} is set up here for ${databases.join(', ')} only, not ${db}`);
  }
}

/**
 * Makes sure a bootstrapped, empty database exists for this version and database kind.
 * SQLite: a file in the install folder; PostgreSQL/MariaDB: a template database in the server.
 */
export async function ensureBaseTemplate(version, db) {
  checkDatabase(version, db);
  if (db !== 'sqlite') {
    const server = serverFor(db);
    await server.ensure();
    const name = `relata_base_${dbIdentifier(version)}`;
    if (await server.exists(name)) return name;
    console.log(`→ bootstrapping a Directus ${version} template database on ${db}`);
    const building = `${name}_building`;
    await server.recreate(building);
    const dir = join(installDir(version), `bootstrap-${db}`);
    mkdirSync(dir, { recursive: true });
    await bootstrap({ version, db, dir, database: building });
    await server.rename(building, name);
    return name;
  }
  const file = join(installDir(version), 'template.db');
  if (existsSync(file)) return file;
  console.log(`→ bootstrapping a Directus ${version} template database on SQLite`);
  const dir = join(installDir(version), 'bootstrap-sqlite');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await bootstrap({ version, db, dir });
  renameSync(join(dir, 'data.db'), file);
  return file;
}

/**
 * A new instance folder (and database) cloned from a template: `template` is a path to an
 * SQLite file or the name of a PostgreSQL/MariaDB template database.
 */
export async function createInstance({ version, db, dir, template }) {
  const key = randomUUID();
  const secret = randomBytes(24).toString('hex');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'uploads'), { recursive: true });
  mkdirSync(join(dir, 'extensions'), { recursive: true });
  if (db !== 'sqlite') {
    const server = serverFor(db);
    await server.ensure();
    const database = `relata_${randomBytes(6).toString('hex')}`;
    await server.recreate(database, template);
    return { version, db, dir, database, key, secret };
  }
  copyFileSync(template, join(dir, 'data.db'));
  return { version, db, dir, key, secret };
}

/**
 * Starts Directus for an instance and waits for /server/ping. Started again on the same port,
 * an instance keeps its data, KEY and SECRET (the log is appended to).
 * @param {{ version: string, db: string, dir: string, database?: string, key?: string, secret?: string }} instance
 * @param {{ port: number, corsOrigins?: string[], accessTokenTtl?: string, refreshTokenTtl?: string, env?: Record<string, string>, timeoutMs?: number }} options
 *   env: more Directus environment variables (e.g. CACHE_SCHEMA=false); timeoutMs: how long to
 *   wait for it (an instance with app extensions bundles them before it answers).
 */
export async function startInstance(
  instance,
  { port, corsOrigins = [], accessTokenTtl, refreshTokenTtl, env: extraEnv = {}, timeoutMs = 90_000 },
) {
  const env = directusEnv({ ...instance, port, corsOrigins, accessTokenTtl, refreshTokenTtl, extraEnv });
  const logFile = join(instance.dir, 'directus.log');
  const log = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(nodeBinFor(instance.version), [cliPath(instance.version), 'start'], {
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
      { timeoutMs, what: `Directus at ${url}` },
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
    if (running.db !== 'sqlite' && running.database) await serverFor(running.db).drop(running.database);
    rmSync(running.dir, { recursive: true, force: true });
  }
}
