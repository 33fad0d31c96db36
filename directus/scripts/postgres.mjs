// A private PostgreSQL cluster on a loopback port, for Directus instances on PostgreSQL.
// Uses Debian's `postgresql` package, installing it when absent.
import { chownSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APT_WAIT, exec, stopPid } from './process.mjs';

export const pgPort = Number(process.env.RELATA_PG_PORT ?? 54329);
export const pgHost = '127.0.0.1';
const clusterDir = process.env.RELATA_PG_DIR ?? join(tmpdir(), `relata-postgres-${pgPort}`);
const isRoot = process.getuid?.() === 0;

function findBinDir() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base)
    .filter((v) => existsSync(join(base, v, 'bin', 'postgres')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(base, versions[0], 'bin') : null;
}

async function ensureInstalled() {
  let binDir = findBinDir();
  if (binDir) return binDir;
  if (!isRoot) throw new Error('PostgreSQL is not installed: run `sudo apt-get install postgresql`');
  console.log('→ installing PostgreSQL from Debian packages (apt-get install postgresql)');
  await exec('apt-get', [...APT_WAIT, 'update']);
  await exec('apt-get', [...APT_WAIT, 'install', '-y', '--no-install-recommends', 'postgresql'], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  binDir = findBinDir();
  if (!binDir) throw new Error('apt-get installed postgresql but no server binary was found');
  return binDir;
}

/** PostgreSQL refuses to run as root: run its tools as the `postgres` user then. */
function asClusterOwner(binDir, tool, args) {
  const command = join(binDir, tool);
  return isRoot ? exec('runuser', ['-u', 'postgres', '--', command, ...args]) : exec(command, args);
}

function runningPid() {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

/** Installs, initialises and starts the cluster when needed. Returns whether it started it. */
export async function ensureCluster() {
  const binDir = await ensureInstalled();
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
    console.log(`→ creating a PostgreSQL cluster in ${clusterDir}`);
    mkdirSync(clusterDir, { recursive: true, mode: 0o700 });
    if (isRoot) {
      const { uid, gid } = await postgresIds();
      chownSync(clusterDir, uid, gid);
    }
    await asClusterOwner(binDir, 'initdb', ['-A', 'trust', '-U', 'postgres', '-D', clusterDir]);
  }
  if (runningPid()) return false;
  await asClusterOwner(binDir, 'pg_ctl', [
    '-D',
    clusterDir,
    '-l',
    join(clusterDir, 'server.log'),
    '-o',
    `-p ${pgPort} -k ${clusterDir} -c listen_addresses=${pgHost} -c fsync=off`,
    '-w',
    'start',
  ]);
  console.log(`✓ PostgreSQL listening on ${pgHost}:${pgPort}`);
  return true;
}

async function postgresIds() {
  const uid = Number((await exec('id', ['-u', 'postgres'])).trim());
  const gid = Number((await exec('id', ['-g', 'postgres'])).trim());
  return { uid, gid };
}

export async function stopCluster() {
  await stopPid(runningPid(), 15_000);
}

export function psql(sql) {
  const binDir = findBinDir();
  if (!binDir) throw new Error('PostgreSQL is not installed');
  return exec(join(binDir, 'psql'), [
    '-h',
    pgHost,
    '-p',
    String(pgPort),
    '-U',
    'postgres',
    '-d',
    'postgres',
    '-v',
    'ON_ERROR_STOP=1',
    '-tAc',
    sql,
  ]);
}

export async function databaseExists(name) {
  return (await psql(`SELECT 1 FROM pg_database WHERE datname = '${name}'`)).trim() === '1';
}

export async function recreateDatabase(name, template) {
  await psql(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await psql(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`);
}

export async function dropDatabase(name) {
  await psql(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}
