import type { NextRequest } from 'next/server';
import { apiBaseUrl } from '../../../../server/api';
import { forwardedHeaders } from '../../../../server/forwarded';

// Same-origin proxy of the API's public survey (GET /api/v1/f/:token, POST an answer). Nothing of the
// visitor's session goes along: the survey is public, and the API rate limits by the client address
// this server saw.
export const dynamic = 'force-dynamic';

const TOKEN = /^[0-9a-f-]{36}\.[A-Za-z0-9_-]{1,100}$/i;
const FORWARDED_RESPONSE_HEADERS = ['content-type', 'retry-after'];
const MAX_BODY = 16 * 1024;

async function relay(request: NextRequest, token: string, method: 'GET' | 'POST'): Promise<Response> {
  if (!TOKEN.test(token)) return Response.json({ error: { code: 'NOT_FOUND', message: 'Not found' } }, { status: 404 });
  const headers = new Headers({ accept: 'application/json', ...forwardedHeaders(request) });
  let body: ArrayBuffer | undefined;
  if (method === 'POST') {
    body = await request.arrayBuffer();
    if (body.byteLength > MAX_BODY) return Response.json({ error: { code: 'BAD_USER_INPUT', message: 'Too large' } }, { status: 413 });
    headers.set('content-type', 'application/json');
  }
  let upstream: Response;
  try {
    upstream = await fetch(`${apiBaseUrl()}/api/v1/f/${encodeURIComponent(token)}`, { method, headers, body, cache: 'no-store', redirect: 'manual', signal: AbortSignal.timeout(15_000) });
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

export async function GET(request: NextRequest, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  return relay(request, (await params).token, 'GET');
}

export async function POST(request: NextRequest, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  return relay(request, (await params).token, 'POST');
}
