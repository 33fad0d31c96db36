// The layout worker inside the module's one file (see src/features/canvas/layout/elk-worker.ts):
// Vite inlines it, and it starts from a blob URL.
import ElkWorker from '../features/canvas/layout/elk.worker.ts?worker&inline';

export function createElkWorker(): Worker {
  return new ElkWorker();
}
