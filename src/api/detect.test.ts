import { describe, expect, it } from 'vitest';
import { fakeClient } from '../testing/fake-client';
import { recorded } from '../testing/recorded';
import { createGateway, detectGeneration, generationOfRows, isLegacyVersion } from './detect';

const rc64 = (file: string) => recorded('directus-9.0.0-rc.64-sqlite', file);
const v12 = (file: string) => recorded('directus-12.4.0-sqlite', file);

describe('detecting the dialect from what the server answers', () => {
  it('reads the generation from relation rows', () => {
    expect(generationOfRows(rc64('30-get-relations-limit-1.json').response.data)).toBe('legacy');
    expect(generationOfRows(v12('06-list-relations.json').response.data)).toBe('current');
    // An anonymous read of rc.64 answers an empty list: it says nothing.
    expect(generationOfRows(rc64('13-no-auth-200-empty.json').response.data)).toBeNull();
  });

  it('falls back to the version when the rows say nothing', async () => {
    const client = fakeClient((request) =>
      request.path.startsWith('/relations')
        ? { status: 200, response: { data: [] } }
        : { status: 200, response: rc64('31-server-info-admin.json').response },
    );
    expect(await detectGeneration(client)).toBe('legacy');
    expect(client.sent.map((r) => r.path)).toEqual(['/relations?limit=1', '/server/info']);
  });

  it('knows which versions are id-addressed', () => {
    expect(isLegacyVersion('9.0.0-rc.64')).toBe(true);
    expect(isLegacyVersion('9.0.0-rc.82')).toBe(true);
    expect(isLegacyVersion('9.0.0-rc.83')).toBe(false);
    expect(isLegacyVersion('9.0.0')).toBe(false);
    expect(isLegacyVersion('12.4.0')).toBe(false);
  });

  it('picks the id-addressed gateway for rc.64 and the REST one for 12.4.0', async () => {
    const legacy = fakeClient(() => rc64('30-get-relations-limit-1.json'));
    expect((await createGateway(legacy, 'auto', 'admin@example.com')).dialect).toBe('rest-legacy');
    const current = fakeClient(() => v12('06-list-relations.json'));
    expect((await createGateway(current, 'auto', 'admin@example.com')).dialect).toBe('rest');
  });

  it('detects from the whole list read while connecting, and asks nothing more', async () => {
    const gatewayFor = async (rows: unknown[]) => {
      const client = fakeClient(() => ({ status: 200, response: { data: [] } }));
      const gateway = await createGateway(client, 'auto', 'admin@example.com', Promise.resolve(rows));
      return { dialect: gateway.dialect, sent: client.sent.map((r) => r.path) };
    };
    expect(await gatewayFor(rc64('30-get-relations-limit-1.json').response.data as unknown[])).toEqual({
      dialect: 'rest-legacy',
      sent: [],
    });
    expect(await gatewayFor(v12('06-list-relations.json').response.data as unknown[])).toEqual({
      dialect: 'rest',
      sent: [],
    });
  });

  it('asks the version when the list read while connecting is empty or was refused', async () => {
    for (const rows of [[], null]) {
      const client = fakeClient((request) =>
        request.path === '/server/info'
          ? { status: 200, response: rc64('31-server-info-admin.json').response }
          : { status: 200, response: { data: [] } },
      );
      const gateway = await createGateway(client, 'auto', 'admin@example.com', Promise.resolve(rows));
      expect(gateway.dialect).toBe('rest-legacy');
      expect(client.sent.map((r) => r.path)).toEqual(['/server/info']);
      client.sent.length = 0;
      await gateway.readModel();
      // An empty list is an answer (no relations); a refused one is asked again, to say why.
      expect(client.sent.map((r) => r.path).sort()).toEqual(
        rows ? ['/collections', '/fields'] : ['/collections', '/fields', '/relations?limit=-1'],
      );
    }
  });

  it('asks GraphQL which generation it serves when GraphQL is chosen', async () => {
    const legacy = fakeClient(() => ({
      status: 200,
      response: { data: { __type: { fields: [{ name: 'relations' }, { name: 'relations_by_id' }] } } },
    }));
    const gateway = await createGateway(legacy, 'graphql', 'admin@example.com');
    expect([gateway.dialect, gateway.generation]).toEqual(['graphql', 'legacy']);
    const current = fakeClient(() => ({
      status: 200,
      response: { data: { __type: { fields: [{ name: 'relations_by_name' }] } } },
    }));
    expect((await createGateway(current, 'graphql', 'admin@example.com')).generation).toBe('current');
  });
});
