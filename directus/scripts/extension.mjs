// The Relata module in a Directus instance: copied into its extensions folder (before Directus
// starts), then turned on in the module bar (Directus shows a custom module only once an admin
// has enabled it in Settings → Module Bar, i.e. in directus_settings.module_bar).
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { directusFolder } from './paths.mjs';

export const MODULE_ID = 'relata';
/** The extension package: extension/package.json and the build in extension/dist. */
export const extensionPackage = join(directusFolder, '..', 'extension');
const FOLDER = 'relata';

/** Copies the built extension into `<instance dir>/extensions/relata` (EXTENSIONS_PATH). */
export function installExtension(instanceDir) {
  const built = join(extensionPackage, 'dist', 'index.js');
  if (!existsSync(built))
    throw new Error(`the Relata extension is not built (${built}): npm run build:extension`);
  const target = join(instanceDir, 'extensions', FOLDER);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(join(extensionPackage, 'package.json'), join(target, 'package.json'));
  cpSync(join(extensionPackage, 'dist'), join(target, 'dist'), { recursive: true });
  return target;
}

/**
 * What the Data Studio shows while `module_bar` is null, as the app defines it (MODULE_BAR_DEFAULT
 * in @directus/app 15.5.1 for 11.16.1, 18.0.0 for 12.4.0). Saving a list replaces the defaults, so
 * it must carry them.
 */
const DEFAULT_MODULE_BAR = {
  11: [
    { type: 'module', id: 'content', enabled: true },
    { type: 'module', id: 'visual', enabled: false },
    { type: 'module', id: 'users', enabled: true },
    { type: 'module', id: 'files', enabled: true },
    { type: 'module', id: 'insights', enabled: true },
    { type: 'module', id: 'deployments', enabled: false },
    {
      type: 'link',
      id: 'docs',
      enabled: true,
      name: '$t:documentation',
      icon: 'help',
      url: 'https://docs.directus.io',
    },
    { type: 'module', id: 'settings', enabled: true, locked: true },
  ],
  12: [
    { type: 'module', id: 'content', enabled: true },
    { type: 'module', id: 'visual', enabled: false },
    { type: 'module', id: 'users', enabled: true },
    { type: 'module', id: 'files', enabled: true },
    { type: 'module', id: 'insights', enabled: true },
    { type: 'module', id: 'flows', enabled: true },
    { type: 'module', id: 'deployments', enabled: false },
    {
      type: 'link',
      id: 'docs',
      enabled: true,
      name: '$t:documentation',
      icon: 'help',
      url: 'https://directus.com/docs',
    },
    { type: 'module', id: 'settings', enabled: true, locked: true },
  ],
};

/** The module bar with Relata enabled: the saved one (or the version's defaults), Relata before Settings. */
export function moduleBarWithRelata(saved, version) {
  const major = Number(String(version).split('.')[0]);
  const bar = structuredClone(saved ?? DEFAULT_MODULE_BAR[major >= 12 ? 12 : 11]);
  const existing = bar.find((part) => part.type === 'module' && part.id === MODULE_ID);
  if (existing) {
    existing.enabled = true;
    return bar;
  }
  const settings = bar.findIndex((part) => part.type === 'module' && part.id === 'settings');
  bar.splice(settings >= 0 ? settings : bar.length, 0, { type: 'module', id: MODULE_ID, enabled: true });
  return bar;
}

async function api(url, token, method, path, body) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
  return response.status === 204 ? null : (await response.json()).data;
}

/** Turns the module on in Settings → Module Bar (as an admin), keeping everything else there. */
export async function enableModule(url, token) {
  const [{ version }, settings] = await Promise.all([
    api(url, token, 'GET', '/server/info'),
    api(url, token, 'GET', '/settings?fields=module_bar'),
  ]);
  await api(url, token, 'PATCH', '/settings', {
    module_bar: moduleBarWithRelata(settings.module_bar, version),
  });
}
