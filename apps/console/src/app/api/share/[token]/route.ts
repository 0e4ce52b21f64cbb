import type { NextRequest } from 'next/server';
import { SESSION_COOKIE } from '@opencx/console-shell/console-cookies';
import { apiBaseUrl } from '../../../../server/api';
import { forwardedHeaders } from '../../../../server/forwarded';

// Same-origin proxy of the API's read-only share view (GET /api/v1/share/:token). Only the visitor's
// session cookie goes along (a members-only link asks whether they are a member); no workspace header.
export const dynamic = 'force-dynamic';

const TOKEN = /^[0-9a-f-]{36}\.[A-Za-z0-9_-]{1,100}$/i;

export async function GET(request: NextRequest, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await params;
  if (!TOKEN.test(token)) return Response.json({ error: { code: 'NOT_FOUND', message: 'Not found' } }, { status: 404 });
  const headers = new Headers({ accept: 'application/json', ...forwardedHeaders(request) });
  const session = request.cookies.get(SESSION_COOKIE)?.value;
  if (session) headers.set('cookie', `${SESSION_COOKIE}=${session}`);
  let upstream: Response;
  try {
    upstream = await fetch(`${apiBaseUrl()}/api/v1/share/${encodeURIComponent(token)}`, { headers, cache: 'no-store', redirect: 'manual', signal: AbortSignal.timeout(15_000) });
  } catch {
    return Response.json({ error: { code: 'API_UNAVAILABLE', message: 'The OpenCX API is not reachable' } }, { status: 502 });
  }
  const out = new Headers({ 'cache-control': 'no-store' });
  for (const name of ['content-type', 'retry-after']) {
    const value = upstream.headers.get(name);
    if (value) out.set(name, value);
  }
  return new Response(upstream.body, { status: upstream.status, headers: out });
}
