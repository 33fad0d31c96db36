// Messages between layout-client.ts and elk.worker.ts. A worker serves one request at a time
// (the client never sends a second before the first is answered), so no request ids.
import { computeLayout, type ComputeLayoutOptions, type ElkRunner } from './compute-layout';
import type { LayoutGraph, LayoutProgress, LayoutResult } from './types';

export interface LayoutRequest {
  type: 'layout';
  graph: LayoutGraph;
  options?: Pick<ComputeLayoutOptions, 'hubMinDegree'>;
}

export type LayoutResponse =
  | { type: 'progress'; progress: LayoutProgress }
  | { type: 'result'; result: LayoutResult }
  | { type: 'error'; message: string };

/** The worker's whole job, apart from receiving messages: run the layout, answer as it goes. */
export async function answerLayoutRequest(
  request: LayoutRequest,
  elk: ElkRunner,
  post: (response: LayoutResponse) => void,
): Promise<void> {
  try {
    const result = await computeLayout(request.graph, elk, {
      ...request.options,
      onProgress: (progress) => post({ type: 'progress', progress }),
    });
    post({ type: 'result', result });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}
