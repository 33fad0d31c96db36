// Installs Debian packages with apt-get, waiting (up to 10 min) for another apt or dpkg run
// to finish instead of failing on its lock.
import { exec, sleep } from './process.mjs';

const LOCK_WAIT_S = 600;
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
const lockOptions = ['-o', `DPkg::Lock::Timeout=${LOCK_WAIT_S}`];

/** Retries while apt answers "Could not get lock" (apt-get update's lists lock has no timeout). */
async function whileLocked(run) {
  const deadline = Date.now() + LOCK_WAIT_S * 1000;
  for (;;) {
    try {
      return await run();
    } catch (error) {
      if (!/Could not get lock|Unable to lock/i.test(error.message) || Date.now() > deadline) throw error;
      console.log('  … waiting for another apt-get or dpkg to finish');
      await sleep(5000);
    }
  }
}

/** `apt-get update` then `apt-get install` of packages (as root). */
export async function aptInstall(packages) {
  if (process.getuid?.() !== 0) {
    throw new Error(`not root: install them with \`sudo apt-get install ${packages.join(' ')}\``);
  }
  await whileLocked(() => exec('apt-get', [...lockOptions, 'update'], { env }));
  await whileLocked(() =>
    exec('apt-get', [...lockOptions, 'install', '-y', '--no-install-recommends', ...packages], { env }),
  );
}
