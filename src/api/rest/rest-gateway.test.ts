import { describe, expect, it } from 'vitest';
import { fakeClient } from '../../testing/fake-client';
import { RelataError } from '../errors';
import { createRestGateway } from './rest-gateway';

describe('the REST gateway', () => {
  it('asks for the database vendor again after a failed read, instead of failing every later save', async () => {
    let up = false;
    const client = fakeClient((request) => {
      if (!up)
        return {
          status: 503,
          response: {
            errors: [{ message: 'Service Unavailable', extensions: { code: 'SERVICE_UNAVAILABLE' } }],
          },
        };
      if (request.path.startsWith('/schema/snapshot'))
        return {
          status: 200,
          response: {
            data: {
              version: 1,
              directus: '12.4.0',
              vendor: 'sqlite',
              collections: [],
              fields: [],
              relations: [],
            },
          },
        };
      return { status: 200, response: { data: null } };
    });
    const gateway = createRestGateway(client, 'admin@example.com');
    await expect(gateway.commit([], {})).rejects.toBeInstanceOf(RelataError);
    up = true;
    await gateway.commit([], {});
    expect(
      client.sent.filter((request) => request.path.startsWith('/schema/snapshot')).length,
    ).toBeGreaterThanOrEqual(2);
  });

  it('draws the first diagram from the relations read while connecting, and reads all three after', async () => {
    const client = fakeClient(() => ({ status: 200, response: { data: [] } }));
    const rows = [{ collection: 'articles', field: 'author', related_collection: 'authors' }];
    const gateway = createRestGateway(client, 'admin@example.com', rows);
    expect((await gateway.readModel()).relations).toHaveLength(1);
    expect(client.sent.map((r) => r.path).sort()).toEqual(['/collections', '/fields']);
    client.sent.length = 0;
    expect((await gateway.readModel()).relations).toEqual([]);
    expect(client.sent.map((r) => r.path).sort()).toEqual(['/collections', '/fields', '/relations']);
  });
});
