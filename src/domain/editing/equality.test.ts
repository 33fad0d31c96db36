import { describe, expect, it } from 'vitest';
import { sameValue } from './equality';

describe('sameValue', () => {
  it('treats null and undefined as the same', () => {
    expect(sameValue(null, undefined)).toBe(true);
    expect(sameValue({ a: null }, {})).toBe(true);
  });

  it('compares arrays by value and in order', () => {
    expect(sameValue(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameValue(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameValue(['a'], ['a', 'b'])).toBe(false);
    expect(sameValue([], null)).toBe(false);
  });

  it('compares nested objects', () => {
    expect(sameValue({ meta: { one_field: 'x' } }, { meta: { one_field: 'x' } })).toBe(true);
    expect(sameValue({ meta: { one_field: 'x' } }, { meta: { one_field: 'y' } })).toBe(false);
  });

  it('does not equate different primitives', () => {
    expect(sameValue(1, '1')).toBe(false);
    expect(sameValue('SET NULL', 'SET NULL')).toBe(true);
  });
});
