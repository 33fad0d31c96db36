// Playwright cannot download its own browsers here: use Debian's Chromium, installing it
// with apt-get when it is missing.
import { existsSync } from 'node:fs';
import { APT_WAIT, exec } from '../directus/scripts/process.mjs';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function ensureChromium() {
  if (existsSync(chromiumPath)) return chromiumPath;
  if (process.getuid?.() !== 0) {
    throw new Error(
      `Chromium is not at ${chromiumPath}: install it with \`sudo apt-get install chromium\` or set CHROMIUM_PATH`,
    );
  }
  console.log('→ installing Chromium from Debian packages (apt-get install chromium)');
  await exec('apt-get', [...APT_WAIT, 'update']);
  await exec('apt-get', [...APT_WAIT, 'install', '-y', '--no-install-recommends', 'chromium'], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (!existsSync(chromiumPath)) throw new Error(`apt-get installed chromium but ${chromiumPath} is missing`);
  return chromiumPath;
}
