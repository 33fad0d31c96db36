import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import type { Session } from '../../../api/session';
import { fakeClient } from '../../../testing/fake-client';
import { sharedLayoutsQuery } from './queries';

/** The /presets requests a mounted list query sends with these flags. */
async function presetsRequests(flags: { listing: boolean; onScreen: boolean }) {
  const client = fakeClient(() => ({ status: 200, response: { data: [] } }));
  const session = { url: 'http://127.0.0.1:8055', user: { id: 'admin-id' }, client } as unknown as Session;
  const queryClient = new QueryClient();
  const observer = new QueryObserver(queryClient, sharedLayoutsQuery(session, flags));
  const stop = observer.subscribe(() => undefined);
  await vi.waitFor(() => expect(observer.getCurrentResult().fetchStatus).toBe('idle'));
  stop();
  queryClient.clear();
  return client.sent.filter((request) => request.path.startsWith('/presets')).length;
}

describe('the shared layouts list', () => {
  it('is not read on load: only while it is listed or a shared layout is on screen', async () => {
    expect(await presetsRequests({ listing: false, onScreen: false })).toBe(0);
    expect(await presetsRequests({ listing: true, onScreen: false })).toBe(1);
    expect(await presetsRequests({ listing: false, onScreen: true })).toBe(1);
  });
});
