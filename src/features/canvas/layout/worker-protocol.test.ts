import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { answerLayoutRequest, type LayoutResponse } from './worker-protocol';

describe('answerLayoutRequest', () => {
  it('posts progress, then the result', async () => {
    const posted: LayoutResponse[] = [];
    const graph = {
      nodes: [
        { id: 'a', width: 100, height: 50 },
        { id: 'b', width: 100, height: 50 },
      ],
      edges: [{ id: 'ab', source: 'a', target: 'b' }],
    };
    await answerLayoutRequest({ type: 'layout', graph }, new ELK(), (r) => posted.push(r));
    expect(posted.map((r) => r.type)).toEqual(['progress', 'progress', 'progress', 'progress', 'result']);
    const last = posted.at(-1);
    expect(last?.type === 'result' && Object.keys(last.result.positions)).toEqual(['a', 'b']);
  });

  it('posts an error instead of throwing', async () => {
    const posted: LayoutResponse[] = [];
    const failing = { layout: () => Promise.reject(new Error('ELK exploded')) };
    const graph = {
      nodes: [{ id: 'a', width: 1, height: 1 }],
      edges: [{ id: 'aa', source: 'a', target: 'a' }],
    };
    await answerLayoutRequest({ type: 'layout', graph }, failing, (r) => posted.push(r));
    expect(posted.at(-1)).toEqual({ type: 'error', message: 'ELK exploded' });
  });
});
