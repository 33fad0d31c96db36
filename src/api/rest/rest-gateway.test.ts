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
});
