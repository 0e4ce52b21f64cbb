import type { NextRequest } from 'next/server';
import { WORKSPACE_HEADER } from '@opencx/console-graphql';
import { WORKSPACE_COOKIE } from '@opencx/console-shell/console-cookies';
import { apiBaseUrl } from '../../../../../server/api';
import { forwardedHeaders } from '../../../../../server/forwarded';

// Same-origin proxy of the API's live map stream (server-sent events): passed through chunk by chunk, never buffered.
export const dynamic = 'force-dynamic';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  if (!UUID.test(id)) return Response.json({ message: 'Not found' }, { status: 404 });
  const headers = new Headers({ accept: 'text/event-stream', ...forwardedHeaders(request) });
  const cookie = request.headers.get('cookie');
  if (cookie) headers.set('cookie', cookie);
  const workspace = request.headers.get(WORKSPACE_HEADER) ?? request.cookies.get(WORKSPACE_COOKIE)?.value;
  if (workspace) headers.set(WORKSPACE_HEADER, workspace);
  let upstream: Response;
  try {
    // No timeout: the stream lives until the browser leaves the map (its abort ends the upstream request too).
    upstream = await fetch(`${apiBaseUrl()}/api/v1/journeys/${id}/events`, { headers, cache: 'no-store', redirect: 'manual', signal: request.signal });
  } catch {
    return Response.json({ message: 'The OpenCX API is not reachable' }, { status: 502 });
  }
  if (upstream.status !== 200 || !upstream.body) {
    return new Response(upstream.body, { status: upstream.status, headers: { 'content-type': upstream.headers.get('content-type') ?? 'application/json', 'cache-control': 'no-store' } });
  }
  return new Response(upstream.body, {
    status: 200,
    headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store, no-transform', 'x-accel-buffering': 'no', connection: 'keep-alive' },
  });
}
