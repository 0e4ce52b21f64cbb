import type { NextRequest } from 'next/server';
import { WORKSPACE_HEADER } from '@opencx/console-graphql';
import { WORKSPACE_COOKIE } from '@opencx/console-shell';
import { apiBaseUrl } from './api';
import { forwardedHeaders } from './forwarded';

const FORWARDED_RESPONSE_HEADERS = ['content-type', 'content-disposition', 'content-security-policy', 'x-content-type-options', 'location', 'retry-after'];

/**
 * Relays a signed-in console request to the API's REST routes on the same origin: the session cookie
 * and the workspace header go along, the request body is streamed (never buffered whole), and only a
 * few response headers come back.
 */
export async function relayToApi(request: NextRequest, path: string, init: { method: 'GET' | 'POST'; accept: string; timeoutMs: number; contentType?: string }): Promise<Response> {
  const headers = new Headers({ accept: init.accept, ...forwardedHeaders(request) });
  const cookie = request.headers.get('cookie');
  if (cookie) headers.set('cookie', cookie);
  const workspace = request.headers.get(WORKSPACE_HEADER) ?? request.cookies.get(WORKSPACE_COOKIE)?.value;
  if (workspace) headers.set(WORKSPACE_HEADER, workspace);
  if (init.method === 'POST') headers.set('content-type', init.contentType ?? 'text/csv');
  let upstream: Response;
  try {
    upstream = await fetch(`${apiBaseUrl()}${path}`, {
      method: init.method,
      headers,
      body: init.method === 'POST' ? request.body : undefined,
      // Streams the upload through (Node's fetch needs half duplex for a stream body).
      ...(init.method === 'POST' ? { duplex: 'half' } : {}),
      cache: 'no-store',
      redirect: 'manual',
      signal: AbortSignal.timeout(init.timeoutMs),
    } as RequestInit);
  } catch {
    return Response.json({ error: { code: 'API_UNAVAILABLE', message: 'The OpenCX API is not reachable' } }, { status: 502 });
  }
  const out = new Headers({ 'cache-control': 'no-store' });
  for (const name of FORWARDED_RESPONSE_HEADERS) {
    const value = upstream.headers.get(name);
    if (value) out.set(name, value);
  }
  return new Response(upstream.body, { status: upstream.status, headers: out });
}

/** Only the import options the API knows travel on, as query parameters. */
export function importQuery(request: NextRequest, names: readonly string[]): string {
  const params = new URLSearchParams();
  for (const name of names) {
    const value = request.nextUrl.searchParams.get(name);
    if (value !== null) params.set(name, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
