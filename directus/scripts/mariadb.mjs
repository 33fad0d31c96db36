// A private MariaDB server on a loopback port, for Directus instances on MySQL/MariaDB
// (DB_CLIENT=mysql). Uses Debian's `mariadb-server` package, installing it when absent.
// Data lives under the cache; the server listens on 127.0.0.1 and on a socket in its folder.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { aptInstall } from './apt.mjs';
import { cacheRoot } from './paths.mjs';
import { exec, isAlive, stopPid, waitFor } from './process.mjs';

export const mysqlPort = Number(process.env.RELATA_MARIADB_PORT ?? 33069);
export const mysqlHost = '127.0.0.1';
/** The account Directus connects with over TCP (loopback only, throw-away data). */
export const mysqlUser = 'relata';
export const mysqlPassword = 'relata-mariadb-password';

const dataDir = process.env.RELATA_MARIADB_DIR ?? join(cacheRoot, `mariadb-${mysqlPort}`);
const socket = join(dataDir, 'mysqld.sock');
const pidFile = join(dataDir, 'mariadbd.pid');
const isRoot = process.getuid?.() === 0;
/** mariadb-install-db gives root, or the user who ran it, a socket login without password. */
const socketUser = userInfo().username;

function which(names) {
  for (const name of names) {
    for (const dir of ['/usr/sbin', '/usr/bin', '/usr/local/sbin', '/usr/local/bin']) {
      if (existsSync(join(dir, name))) return join(dir, name);
    }
  }
  return null;
}

function findBinaries() {
  const server = which(['mariadbd', 'mysqld']);
  const installDb = which(['mariadb-install-db', 'mysql_install_db']);
  const client = which(['mariadb', 'mysql']);
  return server && installDb && client ? { server, installDb, client } : null;
}

async function ensureInstalled() {
  let binaries = findBinaries();
  if (binaries) return binaries;
  if (!isRoot) throw new Error('MariaDB is not installed: run `sudo apt-get install mariadb-server`');
  console.log('→ installing MariaDB from Debian packages (apt-get install mariadb-server)');
  await aptInstall(['mariadb-server']);
  binaries = findBinaries();
  if (!binaries) throw new Error('apt-get installed mariadb-server but no server binary was found');
  return binaries;
}

function runningPid() {
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  return pid && isAlive(pid) ? pid : null;
}

// We are root in CI containers: mariadbd runs as root only when told so explicitly. The data
// folder is under root's home, which the `mysql` user could not reach anyway.
const userArgs = isRoot ? ['--user=root'] : [];

/** Installs, initialises and starts the server when needed. Returns whether it started it. */
export async function ensureMariadb() {
  const { server, installDb } = await ensureInstalled();
  if (!existsSync(join(dataDir, 'mysql'))) {
    console.log(`→ creating a MariaDB data folder in ${dataDir}`);
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    await exec(installDb, [
      '--no-defaults',
      `--datadir=${dataDir}`,
      ...userArgs,
      '--auth-root-authentication-method=socket',
      '--skip-test-db',
      '--skip-name-resolve',
    ]);
  }
  if (runningPid()) return false;
  const log = openSync(join(dataDir, 'server.log'), 'a');
  const child = spawn(
    server,
    [
      '--no-defaults',
      `--datadir=${dataDir}`,
      ...userArgs,
      `--port=${mysqlPort}`,
      `--bind-address=${mysqlHost}`,
      `--socket=${socket}`,
      `--pid-file=${pidFile}`,
      '--skip-name-resolve',
      '--character-set-server=utf8mb4',
      '--collation-server=utf8mb4_unicode_ci',
      // Throw-away test data: trade durability for speed.
      '--innodb-flush-log-at-trx-commit=0',
      '--innodb-doublewrite=0',
      '--sync-binlog=0',
      '--innodb-buffer-pool-size=128M',
      '--max-connections=200',
    ],
    { detached: true, stdio: ['ignore', log, log] },
  );
  child.unref();
  await waitFor(
    async () => {
      if (child.exitCode !== null) throw new Error(`mariadbd exited with ${child.exitCode}`);
      await sql('SELECT 1');
      return true;
    },
    { timeoutMs: 60_000, what: `MariaDB on ${mysqlHost}:${mysqlPort}` },
  ).catch((error) => {
    const tail = readFileSync(join(dataDir, 'server.log'), 'utf8').slice(-2000);
    throw new Error(`${error.message}\n--- ${join(dataDir, 'server.log')} ---\n${tail}`, { cause: error });
  });
  await sql(
    `CREATE USER IF NOT EXISTS '${mysqlUser}'@'${mysqlHost}' IDENTIFIED BY '${mysqlPassword}';` +
      ` GRANT ALL PRIVILEGES ON *.* TO '${mysqlUser}'@'${mysqlHost}' WITH GRANT OPTION;`,
  );
  console.log(`✓ MariaDB listening on ${mysqlHost}:${mysqlPort}`);
  return true;
}

export async function stopMariadb() {
  await stopPid(runningPid(), 30_000);
}

/** Runs SQL as the server's owner over the socket; returns the tab-separated rows, without headers. */
export function sql(statements, database) {
  const client = findBinaries()?.client;
  if (!client) throw new Error('MariaDB is not installed');
  return exec(client, [
    '--no-defaults',
    `--socket=${socket}`,
    '-u',
    socketUser,
    '-N',
    '-B',
    ...(database ? [database] : []),
    '-e',
    statements,
  ]);
}

export async function databaseExists(name) {
  const rows = await sql(`SELECT 1 FROM information_schema.schemata WHERE schema_name = '${name}'`);
  return rows.trim() === '1';
}

export async function dropDatabase(name) {
  await sql(`DROP DATABASE IF EXISTS \`${name}\``);
}

export async function renameDatabase(from, to) {
  // MariaDB cannot rename a database: move its tables (instant) into a new one.
  await dropDatabase(to);
  await sql(`CREATE DATABASE \`${to}\``);
  const tables = await tableNames(from);
  if (tables.length) {
    await sql(`RENAME TABLE ${tables.map((t) => `\`${from}\`.\`${t}\` TO \`${to}\`.\`${t}\``).join(', ')}`);
  }
  await dropDatabase(from);
}

async function tableNames(database) {
  const rows = await sql(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = '${database}' AND table_type = 'BASE TABLE'`,
  );
  return rows.split('\n').filter(Boolean);
}

/**
 * (Re)creates `name`, empty or as a copy of `template`. MariaDB has no CREATE DATABASE ...
 * TEMPLATE: the tables are copied in one session, each with SHOW CREATE TABLE's definition
 * (CREATE TABLE ... LIKE would lose the foreign keys) and INSERT ... SELECT.
 */
export async function recreateDatabase(name, template) {
  await dropDatabase(name);
  await sql(`CREATE DATABASE \`${name}\``);
  if (!template) return;
  const tables = await tableNames(template);
  if (!tables.length) return;
  const creates = await sql(tables.map((t) => `SHOW CREATE TABLE \`${template}\`.\`${t}\`;`).join(' '));
  const statements = ['SET FOREIGN_KEY_CHECKS = 0;', 'SET UNIQUE_CHECKS = 0;'];
  for (const line of creates.split('\n').filter(Boolean)) {
    const [table, definition] = line.split('\t');
    // Batch mode escapes newlines, tabs and backslashes in values.
    statements.push(`${unescapeBatch(definition)};`);
    statements.push(`INSERT INTO \`${table}\` SELECT * FROM \`${template}\`.\`${table}\`;`);
  }
  statements.push('SET FOREIGN_KEY_CHECKS = 1;');
  await sql(statements.join('\n'), name);
}

function unescapeBatch(value) {
  return value.replace(/\\(.)/g, (_, c) => ({ n: '\n', t: '\t', 0: '\0', '\\': '\\' })[c] ?? `\\${c}`);
}

// node directus/scripts/mariadb.mjs start|stop
if (import.meta.url === `file://${process.argv[1]}`) {
  const command = process.argv[2];
  const run = command === 'start' ? ensureMariadb : command === 'stop' ? stopMariadb : null;
  if (!run) {
    console.error('usage: node directus/scripts/mariadb.mjs start|stop');
    process.exit(2);
  }
  await run();
}
