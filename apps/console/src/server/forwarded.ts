import type { NextRequest } from 'next/server';
import { CLIENT_ADDRESS_HEADER, CLIENT_PROTO_HEADER, CONSOLE_SERVER_MARK } from './client-address';

/** True when the console server (console-server.ts) rewrote this request's forwarded headers. */
function normalized(): boolean {
  return (globalThis as Record<symbol, unknown>)[CONSOLE_SERVER_MARK] === true;
}

/**
 * `X-Forwarded-For`/`-Proto` for a request the console makes to the API on a browser's behalf. Under
 * plain `next start` the headers may be the browser's own words, so nothing is forwarded: the API then
 * counts the console's address, which a client cannot choose either.
 */
export function forwardedHeaders(request: NextRequest): Record<string, string> {
  if (!normalized()) return {};
  const out: Record<string, string> = {};
  const address = request.headers.get(CLIENT_ADDRESS_HEADER);
  const proto = request.headers.get(CLIENT_PROTO_HEADER);
  if (address) out[CLIENT_ADDRESS_HEADER] = address;
  if (proto) out[CLIENT_PROTO_HEADER] = proto;
  return out;
}

/** Served over HTTPS (the socket, or a trusted proxy said so): cookies must then be `Secure`. */
export function servedOverHttps(request: NextRequest): boolean {
  if (normalized()) return request.headers.get(CLIENT_PROTO_HEADER) === 'https';
  return request.nextUrl.protocol === 'https:';
}

/** Adds `Secure` to a relayed Set-Cookie when the browser reached the console over HTTPS. */
export function secureCookie(setCookie: string, https: boolean): string {
  if (!https || /;\s*secure\s*(;|$)/i.test(setCookie)) return setCookie;
  return `${setCookie}; Secure`;
}
