import { describe, expect, it, vi } from 'vitest';
import { createLayoutClient, type WorkerLike } from './layout-client';
import type { LayoutRequest, LayoutResponse } from './worker-protocol';
import type { LayoutGraph } from './types';

class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<LayoutResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  requests: LayoutRequest[] = [];
  terminated = false;
  postMessage(message: LayoutRequest) {
    this.requests.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer(response: LayoutResponse) {
    this.onmessage?.({ data: response } as MessageEvent<LayoutResponse>);
  }
}

const graph: LayoutGraph = { nodes: [{ id: 'a', width: 10, height: 10 }], edges: [] };
const result = { positions: { a: { x: 0, y: 0 } }, routes: {} };

function setup() {
  const workers: FakeWorker[] = [];
  const client = createLayoutClient(() => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker;
  });
  return { client, workers };
}

describe('runLayout', () => {
  it('sends the graph, forwards progress and resolves with the result', async () => {
    const { client, workers } = setup();
    const onProgress = vi.fn();
    const pending = client.runLayout(graph, { onProgress, hubMinDegree: 10 });
    const worker = workers[0] as FakeWorker;
    expect(worker.requests).toEqual([{ type: 'layout', graph, options: { hubMinDegree: 10 } }]);
    worker.answer({ type: 'progress', progress: { done: 0, total: 1, phase: 'components' } });
    worker.answer({ type: 'result', result });
    await expect(pending).resolves.toEqual(result);
    expect(onProgress).toHaveBeenCalledWith({ done: 0, total: 1, phase: 'components' });
  });

  it('reuses a worker that finished, and gives a concurrent layout its own', async () => {
    const { client, workers } = setup();
    const first = client.runLayout(graph);
    const second = client.runLayout(graph);
    expect(workers).toHaveLength(2);
    workers[0]?.answer({ type: 'result', result });
    await first;
    workers[1]?.answer({ type: 'result', result });
    await second;
    expect(workers[1]?.terminated).toBe(true);
    void client.runLayout(graph);
    expect(workers).toHaveLength(2);
    expect(workers[0]?.requests).toHaveLength(2);
    client.dispose();
  });

  it('warms one worker ahead of the first layout, which then uses it', async () => {
    const { client, workers } = setup();
    client.warm();
    client.warm();
    expect(workers).toHaveLength(1);
    const pending = client.runLayout(graph);
    expect(workers).toHaveLength(1);
    workers[0]?.answer({ type: 'result', result });
    await expect(pending).resolves.toEqual(result);
  });

  it('starts no worker to warm while a layout runs, and keeps that one afterwards', async () => {
    const { client, workers } = setup();
    const pending = client.runLayout(graph);
    client.warm();
    expect(workers).toHaveLength(1);
    workers[0]?.answer({ type: 'result', result });
    await pending;
    client.warm();
    void client.runLayout(graph);
    expect(workers).toHaveLength(1);
    expect(workers[0]?.requests).toHaveLength(2);
  });

  it('drops a warmed worker that cannot start', () => {
    const { client, workers } = setup();
    client.warm();
    workers[0]?.onerror?.({ message: '' } as ErrorEvent);
    expect(workers[0]?.terminated).toBe(true);
    void client.runLayout(graph);
    expect(workers).toHaveLength(2);
  });

  it('terminates the worker and rejects with an AbortError when aborted', async () => {
    const { client, workers } = setup();
    const controller = new AbortController();
    const onProgress = vi.fn();
    const pending = client.runLayout(graph, { signal: controller.signal, onProgress });
    const other = client.runLayout(graph);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(workers[0]?.terminated).toBe(true);
    expect(workers[1]?.terminated).toBe(false);
    workers[0]?.answer({ type: 'progress', progress: { done: 1, total: 1, phase: 'done' } });
    expect(onProgress).not.toHaveBeenCalled();
    workers[1]?.answer({ type: 'result', result });
    await expect(other).resolves.toEqual(result);
  });

  it('rejects at once, starting no worker, when already aborted', async () => {
    const { client, workers } = setup();
    await expect(client.runLayout(graph, { signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(workers).toHaveLength(0);
  });

  it('rejects with the reason when the layout or the worker fails', async () => {
    const { client, workers } = setup();
    const failed = client.runLayout(graph);
    workers[0]?.answer({ type: 'error', message: 'bad graph' });
    await expect(failed).rejects.toThrow('The layout failed: bad graph');

    const crashed = client.runLayout(graph);
    workers[0]?.onerror?.({ message: '' } as ErrorEvent);
    await expect(crashed).rejects.toThrow('could not start');
    expect(workers[0]?.terminated).toBe(true);
  });
});
