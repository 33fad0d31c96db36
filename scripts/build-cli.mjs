// Builds the relata-review command line into dist-cli/relata-review.js: one ES module for
// Node 20 with its dependencies bundled, so `node dist-cli/relata-review.js` (and the package's
// `bin`) runs from a fresh clone after `npm install` without a TypeScript runner. Run by
// `npm run review` before it starts and by `prepare` after `npm install`.
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

let build;
try {
  ({ build } = await import('vite'));
} catch {
  // An install without devDependencies has no Vite; the app does not need the CLI.
  console.warn('build-cli: vite is not installed, dist-cli/ not built');
  process.exit(0);
}

await build({
  root,
  configFile: false,
  logLevel: 'warn',
  publicDir: false,
  build: {
    ssr: 'src/cli/relata-review.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    copyPublicDir: false,
    rollupOptions: {
      output: { entryFileNames: 'relata-review.js', banner: '#!/usr/bin/env node' },
    },
  },
  ssr: { noExternal: true, target: 'node' },
});
