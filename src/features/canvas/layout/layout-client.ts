// The main thread's side of the layout worker. Each running layout has a worker of its own, so
// aborting one (which terminates its worker: ELK cannot be interrupted otherwise) never
// disturbs another; the last finished worker is kept to spare the next layout ELK's start-up.
import { createElkWorker } from './elk-worker';
import { hasAnySavedLayout } from './layout-store';
import type { LayoutRequest, LayoutResponse } from './worker-protocol';
import type { LayoutGraph, LayoutProgress, LayoutResult } from './types';

/** What runLayout needs of a Worker (tests pass a fake). */
export interface WorkerLike {
  onmessage: ((event: MessageEvent<LayoutResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: LayoutRequest): void;
  terminate(): void;
}

export interface RunLayoutOptions {
  /** Aborting terminates the worker and rejects with an AbortError. */
  signal?: AbortSignal;
  /** After each connected component, and at packing and done. */
  onProgress?: (progress: LayoutProgress) => void;
  /** See HUB_MIN_DEGREE. */
  hubMinDegree?: number;
}

export interface LayoutClient {
  runLayout(graph: LayoutGraph, options?: RunLayoutOptions): Promise<LayoutResult>;
  /**
   * Starts a worker ahead of the first layout, so ELK loads while the model is still being read;
   * nothing when one is idle already or a layout is running (it keeps its worker afterwards).
   */
  warm(): void;
  /** Terminates the idle worker, if any (running layouts are unaffected). */
  dispose(): void;
}

export function abortError(): DOMException {
  return new DOMException('The layout was aborted.', 'AbortError');
}

export function createLayoutClient(createWorker: () => WorkerLike): LayoutClient {
  let idle: WorkerLike | null = null;
  /** Layouts running now: a worker started beside one would only take its CPU. */
  let running = 0;

  function runLayout(graph: LayoutGraph, options: RunLayoutOptions = {}): Promise<LayoutResult> {
    const { signal, onProgress } = options;
    if (signal?.aborted) return Promise.reject(abortError());
    const worker = idle ?? createWorker();
    idle = null;
    running += 1;

    return new Promise<LayoutResult>((resolve, reject) => {
      const finish = (reusable: boolean) => {
        running -= 1;
        signal?.removeEventListener('abort', onAbort);
        worker.onmessage = null;
        worker.onerror = null;
        if (reusable && idle === null) idle = worker;
        else worker.terminate();
      };
      const onAbort = () => {
        finish(false);
        reject(abortError());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      worker.onmessage = ({ data }) => {
        if (data.type === 'progress') {
          onProgress?.(data.progress);
        } else if (data.type === 'result') {
          finish(true);
          resolve(data.result);
        } else {
          finish(true);
          reject(new Error(`The layout failed: ${data.message}`));
        }
      };
      worker.onerror = (event) => {
        finish(false);
        reject(new Error(`The layout worker failed: ${event.message || 'it could not start'}`));
      };
      const request: LayoutRequest = { type: 'layout', graph };
      if (options.hubMinDegree !== undefined) request.options = { hubMinDegree: options.hubMinDegree };
      worker.postMessage(request);
    });
  }

  return {
    runLayout,
    warm() {
      if (idle || running > 0) return;
      const worker = createWorker();
      // A worker that cannot start is dropped; the next layout makes another and reports why.
      worker.onerror = () => {
        if (idle === worker) idle = null;
        worker.terminate();
      };
      idle = worker;
    },
    dispose() {
      idle?.terminate();
      idle = null;
    },
  };
}

const client = createLayoutClient(createElkWorker);

/** Lays the graph out with ELK in a Web Worker. Starting another layout cancels nothing. */
export const runLayout = client.runLayout;
export const warmLayoutWorker = client.warm;
export const disposeLayoutWorker = client.dispose;

/**
 * Called as Connect is pressed (from the connect screen's own bundle, not waiting for the
 * workspace's): a browser that has never laid out a model will lay this one out once it arrives,
 * so ELK (1.5 MB, about half a second to start) loads while the connection is checked and the
 * model read.
 */
export function prepareFirstLayout() {
  if (!hasAnySavedLayout()) warmLayoutWorker();
}
