// The Data Studio module, built from the app's own sources (npm run build:extension): one ES
// module in extension/dist/index.js, as Directus loads app extensions. Vue, vue-router and the
// extensions SDK come from the Studio; React, Mantine and React Flow are bundled. Every CSS file
// the app imports is collected into one string that the module adopts into its shadow root
// (src/extension/styles.ts), so no stylesheet ever reaches the Studio's <head>.
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const CSS_PLACEHOLDER = /(["'`])\/\*relata-app-css\*\/\1/;

function inlineCssIntoBundle(): Plugin {
  return {
    name: 'relata-inline-css',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const sheets = Object.values(bundle).filter(
        (file) => file.type === 'asset' && file.fileName.endsWith('.css'),
      );
      const css = sheets.map((file) => (file.type === 'asset' ? String(file.source) : '')).join('\n');
      for (const file of sheets) delete bundle[file.fileName];
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const target = chunks.find((chunk) => CSS_PLACEHOLDER.test(chunk.code));
      if (!target) this.error('the CSS placeholder of src/extension/styles.ts is missing from the bundle');
      target.code = target.code.replace(CSS_PLACEHOLDER, () => JSON.stringify(css));
    },
  };
}

export default defineConfig({
  plugins: [react(), inlineCssIntoBundle()],
  // The public folder is the standalone app's.
  publicDir: false,
  resolve: {
    alias: [
      {
        find: /^\.\/elk-worker$/,
        replacement: fileURLToPath(new URL('src/extension/elk-worker-inline.ts', import.meta.url)),
      },
    ],
  },
  // Library builds leave process.env.NODE_ENV to the consumer; Directus's bundler does not set it.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'extension/dist',
    emptyOutDir: true,
    cssCodeSplit: false,
    sourcemap: false,
    lib: { entry: 'src/extension/index.ts', formats: ['es'], fileName: () => 'index.js' },
    // Directus serves the module as one file: React, Mantine, React Flow and ELK are all in it.
    chunkSizeWarningLimit: 4096,
    rolldownOptions: {
      external: ['vue', 'vue-router', 'pinia', 'vue-i18n', '@directus/extensions-sdk'],
      output: { codeSplitting: false },
    },
  },
  worker: { format: 'es' },
});
