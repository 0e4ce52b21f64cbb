import type { NextRequest } from 'next/server';
import { WORKSPACE_HEADER } from '@opencx/console-graphql';
import { WORKSPACE_COOKIE } from '@opencx/console-shell/console-cookies';
import { apiBaseUrl } from '../../../../../server/api';
import { forwardedHeaders } from '../../../../../server/forwarded';

// Same-origin proxy of the API's POST /api/v1/journeys/:id/presence (the card an open map is editing).
export const dynamic = 'force-dynamic';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function POST(request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  if (!UUID.test(id)) return Response.json({ message: 'Not found' }, { status: 404 });
  const body = await request.text();
  if (body.length > 1_000) return Response.json({ message: 'Too large' }, { status: 413 });
  const headers = new Headers({ 'content-type': 'application/json', ...forwardedHeaders(request) });
  const cookie = request.headers.get('cookie');
  if (cookie) headers.set('cookie', cookie);
  const workspace = request.headers.get(WORKSPACE_HEADER) ?? request.cookies.get(WORKSPACE_COOKIE)?.value;
  if (workspace) headers.set(WORKSPACE_HEADER, workspace);
  try {
    const upstream = await fetch(`${apiBaseUrl()}/api/v1/journeys/${id}/presence`, { method: 'POST', headers, body, cache: 'no-store', redirect: 'manual', signal: AbortSignal.timeout(10_000) });
    return new Response(upstream.status === 204 ? null : upstream.body, { status: upstream.status, headers: { 'cache-control': 'no-store' } });
  } catch {
    return Response.json({ message: 'The OpenCX API is not reachable' }, { status: 502 });
  }
}
