import { Socket } from 'node:net';
import { IncomingMessage } from 'node:http';
import { clientAddress, normalizeForwardedHeaders, parseTrustProxy, TrustProxyError } from './client-address';

function request(remoteAddress: string, headers: Record<string, string>): IncomingMessage {
  const socket = new Socket();
  Object.defineProperty(socket, 'remoteAddress', { value: remoteAddress });
  const req = new IncomingMessage(socket);
  req.headers = { ...headers };
  return req;
}

describe('client address', () => {
  const none = parseTrustProxy(undefined);
  const proxy = parseTrustProxy('10.0.0.5, 192.168.0.0/16');

  it('ignores X-Forwarded-For and X-Forwarded-Proto from a client when no proxy is trusted', () => {
    const req = request('198.51.100.20', { 'x-forwarded-for': '203.0.113.7', 'x-forwarded-proto': 'https' });
    normalizeForwardedHeaders(req, none);
    expect(req.headers['x-forwarded-for']).toBe('198.51.100.20');
    expect(req.headers['x-forwarded-proto']).toBe('http');
  });

  it('takes the address a trusted proxy appended, never one the client wrote before it', () => {
    expect(clientAddress('10.0.0.5', '203.0.113.7, 198.51.100.20', proxy)).toBe('198.51.100.20');
    expect(clientAddress('10.0.0.5', '203.0.113.7, 198.51.100.20, 192.168.4.4', proxy)).toBe('198.51.100.20');
  });

  it('falls back to the last trusted hop when the proxy chain is all trusted or malformed', () => {
    expect(clientAddress('10.0.0.5', '192.168.1.1', proxy)).toBe('192.168.1.1');
    expect(clientAddress('10.0.0.5', 'garbage', proxy)).toBe('10.0.0.5');
  });

  it('believes X-Forwarded-Proto only from a trusted proxy', () => {
    const req = request('::ffff:10.0.0.5', { 'x-forwarded-for': '198.51.100.20', 'x-forwarded-proto': 'https' });
    normalizeForwardedHeaders(req, proxy);
    expect(req.headers['x-forwarded-for']).toBe('198.51.100.20');
    expect(req.headers['x-forwarded-proto']).toBe('https');
  });

  it('understands named ranges and refuses anything that is not an address', () => {
    expect(parseTrustProxy('loopback')('127.0.0.1')).toBe(true);
    expect(parseTrustProxy('loopback')('::1')).toBe(true);
    expect(parseTrustProxy('loopback')('10.1.1.1')).toBe(false);
    expect(() => parseTrustProxy('true')).toThrow(TrustProxyError);
    expect(() => parseTrustProxy('10.0.0.0/40')).toThrow('OPENCX_CONSOLE_TRUST_PROXY must list proxy addresses or CIDRs (or loopback, linklocal, uniquelocal), got "10.0.0.0/40"');
  });
});
