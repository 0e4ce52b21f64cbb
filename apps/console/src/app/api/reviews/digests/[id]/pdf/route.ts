import type { NextRequest } from 'next/server';
import { WORKSPACE_HEADER } from '@opencx/console-graphql';
import { WORKSPACE_COOKIE } from '@opencx/console-shell';
import { apiBaseUrl } from '../../../../../../server/api';
import { forwardedHeaders } from '../../../../../../server/forwarded';

// Same-origin proxy of the API's GET /api/v1/reviews/digests/:id/digest.pdf (session cookie + workspace header).
export const dynamic = 'force-dynamic';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FORWARDED_RESPONSE_HEADERS = ['content-type', 'content-disposition', 'cache-control'];

export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  if (!UUID.test(id)) return Response.json({ message: 'Not found' }, { status: 404 });

  const headers = new Headers({ accept: 'application/pdf', ...forwardedHeaders(request) });
  const cookie = request.headers.get('cookie');
  if (cookie) headers.set('cookie', cookie);
  const workspace = request.headers.get(WORKSPACE_HEADER) ?? request.cookies.get(WORKSPACE_COOKIE)?.value;
  if (workspace) headers.set(WORKSPACE_HEADER, workspace);

  let upstream: Response;
  try {
    upstream = await fetch(`${apiBaseUrl()}/api/v1/reviews/digests/${id}/digest.pdf?${request.nextUrl.searchParams.toString()}`, { headers, cache: 'no-store', redirect: 'manual', signal: AbortSignal.timeout(30_000) });
  } catch {
    return Response.json({ message: 'The OpenCX API is not reachable' }, { status: 502 });
  }
  const out = new Headers();
  for (const name of FORWARDED_RESPONSE_HEADERS) {
    const value = upstream.headers.get(name);
    if (value) out.set(name, value);
  }
  return new Response(upstream.body, { status: upstream.status, headers: out });
}
