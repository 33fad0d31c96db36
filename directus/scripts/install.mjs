// Installs the Node 22 runtime and a pinned Directus into the cache, once.
// Usage: node directus/scripts/install.mjs [version]
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installDir, resolveVersion, runtimeEnv, runtimeFor, versionInfo, versionSource } from './paths.mjs';

function fingerprint(sourceDir) {
  const hash = createHash('sha256');
  for (const name of ['package.json', 'package-lock.json']) {
    const file = join(sourceDir, name);
    if (existsSync(file)) hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

function run(command, args, options) {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const ticker = setInterval(() => {
      console.log(`  … still installing (${Math.round((Date.now() - started) / 1000)} s)`);
    }, 30_000);
    const child = spawn(command, args, { stdio: 'inherit', ...options });
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(ticker);
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}`));
    });
  });
}

/** Installs sourceDir's package.json (+ lockfile) into targetDir unless already done. */
async function installPackage(label, sourceDir, targetDir, env) {
  const marker = join(targetDir, '.relata-installed');
  const wanted = fingerprint(sourceDir);
  if (existsSync(marker) && readFileSync(marker, 'utf8') === wanted) {
    console.log(`✓ ${label} already installed in ${targetDir}`);
    return;
  }
  console.log(`→ installing ${label} into ${targetDir} (first time only)`);
  mkdirSync(targetDir, { recursive: true });
  copyFileSync(join(sourceDir, 'package.json'), join(targetDir, 'package.json'));
  const lockfile = join(sourceDir, 'package-lock.json');
  const hasLock = existsSync(lockfile);
  if (hasLock) copyFileSync(lockfile, join(targetDir, 'package-lock.json'));
  const args = hasLock ? ['ci'] : ['install'];
  await run('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd: targetDir, env });
  // A developer adding a version has no lockfile yet: keep the one npm wrote.
  if (!hasLock) copyFileSync(join(targetDir, 'package-lock.json'), lockfile);
  writeFileSync(marker, fingerprint(sourceDir));
  console.log(`✓ ${label} installed`);
}

export async function installRuntime(major = 22) {
  const runtime = runtimeFor(major);
  await installPackage(`Node ${major} runtime`, runtime.source, runtime.dir, process.env);
  if (!existsSync(runtime.nodeBin)) throw new Error(`Node ${major} runtime missing at ${runtime.nodeBin}`);
}

export async function installDirectus(version) {
  await installRuntime(versionInfo(version).node);
  await installPackage(
    `Directus ${version}`,
    versionSource(version),
    installDir(version),
    runtimeEnv({}, version),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const version = resolveVersion(process.argv[2]);
  installDirectus(version).catch((error) => {
    console.error(`✗ ${error.message}`);
    process.exit(1);
  });
}
