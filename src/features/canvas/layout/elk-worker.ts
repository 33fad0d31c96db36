// The layout worker, bundled by Vite (with ELK) as a chunk of its own next to the app. Written out
// in full so that Vite sees the pattern. The Data Studio module's build swaps this file for
// src/extension/elk-worker-inline.ts: Directus serves an extension as one file, so there the
// worker travels inside it.
export function createElkWorker(): Worker {
  return new Worker(new URL('./elk.worker.ts', import.meta.url), { type: 'module' });
}
