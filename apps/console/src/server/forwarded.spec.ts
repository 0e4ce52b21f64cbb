import { NextRequest } from 'next/server';
import { CONSOLE_SERVER_MARK } from './client-address';
import { forwardedHeaders, secureCookie, servedOverHttps } from './forwarded';

const mark = globalThis as Record<symbol, unknown>;
afterEach(() => delete mark[CONSOLE_SERVER_MARK]);

const request = (url: string, headers: Record<string, string>) => new NextRequest(url, { headers });

describe('forwarded headers of the console proxy routes', () => {
  it('forwards nothing under plain `next start`, where the headers may be the browser’s own', () => {
    expect(forwardedHeaders(request('http://console.test/api/graphql', { 'x-forwarded-for': '203.0.113.7' }))).toEqual({});
  });

  it('forwards the console server’s verdict when it ran', () => {
    mark[CONSOLE_SERVER_MARK] = true;
    const req = request('http://console.test/api/graphql', { 'x-forwarded-for': '198.51.100.20', 'x-forwarded-proto': 'https' });
    expect(forwardedHeaders(req)).toEqual({ 'x-forwarded-for': '198.51.100.20', 'x-forwarded-proto': 'https' });
    expect(servedOverHttps(req)).toBe(true);
  });

  it('adds Secure to relayed cookies over HTTPS only, once', () => {
    expect(secureCookie('opencx_session=x; Path=/; HttpOnly; SameSite=Lax', true)).toBe('opencx_session=x; Path=/; HttpOnly; SameSite=Lax; Secure');
    expect(secureCookie('opencx_session=x; Path=/; Secure; SameSite=Lax', true)).toBe('opencx_session=x; Path=/; Secure; SameSite=Lax');
    expect(secureCookie('opencx_session=x; Path=/', false)).toBe('opencx_session=x; Path=/');
  });
});
