// The layout worker: ELK (1.6 MB) is bundled into this chunk only, never into the main bundle.
import ELK from 'elkjs/lib/elk.bundled.js';
import { answerLayoutRequest, type LayoutRequest, type LayoutResponse } from './worker-protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutResponse): void;
}

const scope = self as unknown as WorkerScope;
const elk = new ELK();

// Loaded inside a worker, elk.bundled.js assumes it *is* ELK's own worker and installs its
// self.onmessage; ours replaces it (this module body runs after the import).
scope.onmessage = (event) => {
  void answerLayoutRequest(event.data, elk, (response) => scope.postMessage(response));
};
