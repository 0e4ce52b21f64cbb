import { parseCookies, serializeCookie } from './cookies';

describe('cookies', () => {
  it('parses several cookies and decodes values', () => {
    expect(parseCookies('a=1; opencx_session=ocx_s_abc%2Bdef; empty=')).toEqual({ a: '1', opencx_session: 'ocx_s_abc+def', empty: '' });
    expect(parseCookies(undefined)).toEqual({});
  });

  it('serializes an httpOnly SameSite session cookie that round-trips', () => {
    const header = serializeCookie('s', 'a b', { httpOnly: true, maxAge: 60 });
    expect(header).toBe('s=a%20b; Path=/; Max-Age=60; HttpOnly; SameSite=Lax');
    expect(parseCookies(header.split(';')[0])).toEqual({ s: 'a b' });
  });
});
