import { describe, expect, it, vi } from 'vitest';
import { createUnsavedWork } from './unsaved-work';

describe('the unsaved-work registry', () => {
  it('lists what is registered until it is let go', () => {
    const work = createUnsavedWork();
    const form = work.register({ key: 'relation articles.author', what: 'the form' });
    const dialog = work.register({ key: 'new relationship', what: 'the dialog' });
    expect(work.entries().map((entry) => entry.key)).toEqual([
      'relation articles.author',
      'new relationship',
    ]);
    form();
    expect(work.entries().map((entry) => entry.key)).toEqual(['new relationship']);
    dialog();
    expect(work.entries()).toEqual([]);
  });

  it('keeps one snapshot between changes and tells subscribers of each change', () => {
    const work = createUnsavedWork();
    const listener = vi.fn();
    work.subscribe(listener);
    const before = work.entries();
    expect(work.entries()).toBe(before);
    const done = work.register({ key: 'a', what: 'a' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(work.entries()).not.toBe(before);
    done();
    done();
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('counts two registrations of the same key separately', () => {
    const work = createUnsavedWork();
    const first = work.register({ key: 'same', what: 'x' });
    work.register({ key: 'same', what: 'x' });
    first();
    expect(work.entries()).toHaveLength(1);
  });
});
