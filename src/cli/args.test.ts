import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from './args';

describe('parseArgs', () => {
  it('reads BASE HEAD --out DIR in any order', () => {
    expect(parseArgs(['a.json', 'b.yaml', '--out', 'report'])).toEqual({
      base: 'a.json',
      head: 'b.yaml',
      out: 'report',
    });
    expect(parseArgs(['--out=report', 'a.json', 'b.yaml'])).toEqual({
      base: 'a.json',
      head: 'b.yaml',
      out: 'report',
    });
    expect(parseArgs(['-o', 'r', 'a', 'b'])).toEqual({ base: 'a', head: 'b', out: 'r' });
  });

  it('answers help', () => {
    expect(parseArgs(['--help'])).toBe('help');
  });

  it.each([
    [['a.json', '--out', 'r'], 'give two snapshots: BASE and HEAD'],
    [['a', 'b'], 'give the output directory with --out DIR'],
    [['a', 'b', '--out'], '--out needs a directory'],
    [['a', 'b', 'c', '--out', 'r'], 'unexpected argument c'],
    [['a', 'b', '--format', 'x'], 'unknown option --format'],
  ])('refuses %j', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(new UsageError(message));
  });
});
