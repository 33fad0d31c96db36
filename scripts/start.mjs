// `npm start`: installs and starts the demo Directus with the Relata module in its Data Studio,
// builds Relata, serves it on 127.0.0.1 and tells the app (through /relata-demo.json) to connect
// to the demo without asking.
import { build, preview } from 'vite';
import { startDemo } from '../directus/scripts/demo.mjs';
import { enableModule, installExtension } from '../directus/scripts/extension.mjs';
import { ADMIN, stopInstance } from '../directus/scripts/instance.mjs';
import { freePort } from '../directus/scripts/process.mjs';
import { buildExtension } from './extension.mjs';
import { portIsFree } from './ports.mjs';

const appPort = Number(process.env.PORT ?? 4173);
const appOrigin = `http://127.0.0.1:${appPort}`;
const directusPort = (await portIsFree(8055)) ? 8055 : await freePort();

let directus;
try {
  console.log('→ building the Data Studio module');
  await buildExtension();
  directus = await startDemo({
    port: Number(process.env.DIRECTUS_PORT ?? directusPort),
    corsOrigins: [appOrigin],
    reset: process.argv.includes('--reset'),
    // Directus reads its extensions folder when it starts.
    beforeStart: (dir) => installExtension(dir),
  });
  await enableModule(directus.url, ADMIN.token);
} catch (error) {
  console.error(`✗ could not start the demo Directus: ${error.message}`);
  process.exit(1);
}

console.log('→ building Relata');
await build({ logLevel: 'warn' });
const server = await preview({
  preview: { host: '127.0.0.1', port: appPort, strictPort: true },
  plugins: [
    {
      name: 'relata-demo-connection',
      configurePreviewServer(server) {
        server.middlewares.use('/relata-demo.json', (_request, response) => {
          response.setHeader('content-type', 'application/json');
          response.setHeader('cache-control', 'no-store');
          response.end(JSON.stringify({ url: directus.url, token: ADMIN.token }));
        });
      },
    },
  ],
});

console.log(`
✓ Relata is running at ${appOrigin}/
  It opens the demo Directus at ${directus.url} (admin: ${ADMIN.email} / ${ADMIN.password}).
✓ In the Data Studio it is the module "Data model diagram": ${directus.url}/admin/relata
  (sign in there with the same admin).
  Press Ctrl-C to stop both.`);

const stop = async () => {
  // Directus first: the preview server may wait on idle browser connections.
  await stopInstance(directus);
  await Promise.race([server.close(), new Promise((resolve) => setTimeout(resolve, 2000))]);
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
