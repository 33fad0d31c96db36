// Builds the Data Studio module (extension/dist/index.js) with vite.extension.config.ts.
import { build } from 'vite';

export async function buildExtension() {
  await build({ configFile: 'vite.extension.config.ts', logLevel: 'warn' });
}

if (import.meta.url === `file://${process.argv[1]}`) await buildExtension();
