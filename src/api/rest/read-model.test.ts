import { describe, expect, it } from 'vitest';
import type { RelataClient } from '../client';
import { readModel } from './read-model';

function clientAnswering(answers: Record<string, unknown>): RelataClient {
  return {
    request: (command: () => { path: string }) => {
      const answer = answers[command().path];
      return answer instanceof Error || (typeof answer === 'object' && answer !== null && 'errors' in answer)
        ? Promise.reject(answer)
        : Promise.resolve(answer);
    },
  } as unknown as RelataClient;
}

const forbidden = {
  errors: [{ message: "You don't have permission to access this.", extensions: { code: 'FORBIDDEN' } }],
  response: { status: 403 },
};

describe('readModel', () => {
  it('reads the three lists', async () => {
    const model = await readModel(
      clientAnswering({
        '/collections': [{ collection: 'articles', meta: null, schema: {} }],
        '/fields': [{ collection: 'articles', field: 'id', type: 'integer' }],
        '/relations': [],
      }),
    );
    expect(model.collections).toHaveLength(1);
    expect(model.relations).toEqual([]);
  });

  it('says the role cannot read the data model, not that writes need an admin', async () => {
    const reading = readModel(
      clientAnswering({ '/collections': [], '/fields': [], '/relations': forbidden }),
    );
    await expect(reading).rejects.toMatchObject({ kind: 'forbidden', status: 403 });
    await expect(reading).rejects.toThrow(
      /Your Directus role cannot read the data model: Directus refused to list its relations/,
    );
    await expect(reading).rejects.not.toThrow(/admin\b.*writes|Writes/);
  });
});
