import { describe, expect, it, vi } from 'vitest';
import { createLayoutRunStore } from './layout-run';

describe('the layout run store', () => {
  it('tells its listeners when the run changes, and only then', () => {
    const store = createLayoutRunStore();
    const listener = vi.fn();
    store.subscribe(listener);
    const run = { progress: null, cancel: () => undefined };
    store.set(run);
    store.set((current) => current);
    expect(listener).toHaveBeenCalledTimes(1);
    store.set((current) => current && { ...current, progress: { done: 1, total: 2, phase: 'components' } });
    expect(store.get()?.progress?.done).toBe(1);
    store.set(null);
    expect(store.get()).toBeNull();
    expect(listener).toHaveBeenCalledTimes(3);
  });
});
