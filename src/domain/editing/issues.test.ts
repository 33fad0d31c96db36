import { describe, expect, it } from 'vitest';
import { error, hasErrors, warning } from './issues';

describe('issues', () => {
  it('builds issues addressed to a control', () => {
    expect(error('field', 'x')).toEqual({ target: 'field', severity: 'error', message: 'x' });
    expect(warning('on_delete', 'y')).toEqual({ target: 'on_delete', severity: 'warning', message: 'y' });
  });

  it('tells whether anything blocks saving', () => {
    expect(hasErrors([])).toBe(false);
    expect(hasErrors([warning('general', 'careful')])).toBe(false);
    expect(hasErrors([warning('general', 'careful'), error('field', 'no')])).toBe(true);
  });
});
