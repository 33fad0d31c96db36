import { describe, expect, it } from 'vitest';
import { RelataError } from './errors';
import { cleanCredentials, normalizeUrl } from './url';

describe('normalizeUrl', () => {
  it('keeps a server URL as it is, without a trailing slash', () => {
    expect(normalizeUrl('http://127.0.0.1:8055')).toBe('http://127.0.0.1:8055');
    expect(normalizeUrl('  https://cms.example.com/ \n')).toBe('https://cms.example.com');
  });

  it('trims a Data Studio address to the server URL', () => {
    expect(normalizeUrl('http://127.0.0.1:8055/admin')).toBe('http://127.0.0.1:8055');
    expect(normalizeUrl('http://127.0.0.1:8055/admin/')).toBe('http://127.0.0.1:8055');
    expect(normalizeUrl('http://127.0.0.1:8055/admin/content/articles?bookmark=2#x')).toBe(
      'http://127.0.0.1:8055',
    );
    expect(normalizeUrl('https://example.com/cms/admin/settings/data-model')).toBe('https://example.com/cms');
  });

  it('leaves a path that only looks like admin alone', () => {
    expect(normalizeUrl('https://example.com/administration')).toBe('https://example.com/administration');
    expect(normalizeUrl('https://example.com/myadmin/x')).toBe('https://example.com/myadmin/x');
  });

  it('refuses what is not an http(s) URL', () => {
    expect(() => normalizeUrl('127.0.0.1:8055')).toThrow(RelataError);
    expect(() => normalizeUrl('ftp://example.com')).toThrow(/not an http\(s\) address/);
  });
});

describe('cleanCredentials', () => {
  it('trims a pasted static token', () => {
    expect(cleanCredentials({ method: 'token', token: '  abc-123\n' })).toEqual({
      method: 'token',
      token: 'abc-123',
    });
  });

  it('trims the email but never the password', () => {
    expect(cleanCredentials({ method: 'password', email: ' a@b.c ', password: ' secret ' })).toEqual({
      method: 'password',
      email: 'a@b.c',
      password: ' secret ',
    });
  });
});
