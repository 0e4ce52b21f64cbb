import type { NextRequest } from 'next/server';
import { WORKSPACE_HEADER } from '@opencx/console-graphql';
import { WORKSPACE_COOKIE } from '@opencx/console-shell/console-cookies';
import { apiGraphqlUrl } from '../../../server/api';
import { forwardedHeaders, secureCookie, servedOverHttps } from '../../../server/forwarded';

// The browser only ever talks to this origin; the API URL is resolved per request.
export const dynamic = 'force-dynamic';

const FORWARDED_REQUEST_HEADERS = ['cookie', 'content-type', 'accept', 'accept-language', 'user-agent', WORKSPACE_HEADER, 'apollo-require-preflight', 'x-apollo-operation-name', 'if-none-match'];
const FORWARDED_RESPONSE_HEADERS = ['content-type', 'cache-control', 'retry-after', 'etag'];

function unavailable(): Response {
  return Response.json({ data: null, errors: [{ message: 'The OpenCX API is not reachable', extensions: { code: 'API_UNAVAILABLE' } }] }, { status: 502 });
}

export async function POST(request: NextRequest): Promise<Response> {
  const headers = new Headers();
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  // The client's address and scheme as this server saw them, never the browser's own X-Forwarded-For.
  for (const [name, value] of Object.entries(forwardedHeaders(request))) headers.set(name, value);
  if (!headers.has(WORKSPACE_HEADER)) {
    const remembered = request.cookies.get(WORKSPACE_COOKIE)?.value;
    if (remembered) headers.set(WORKSPACE_HEADER, remembered);
  }

  let upstream: Response;
  try {
    upstream = await fetch(apiGraphqlUrl(), {
      method: 'POST',
      headers,
      body: await request.arrayBuffer(),
      cache: 'no-store',
      redirect: 'manual',
      signal: AbortSignal.timeout(30_000),
    });
  } catch {
    return unavailable();
  }

  const out = new Headers();
  for (const name of FORWARDED_RESPONSE_HEADERS) {
    const value = upstream.headers.get(name);
    if (value) out.set(name, value);
  }
  // Session cookies (login, sign-up, logout) become cookies of the console's origin.
  const https = servedOverHttps(request);
  for (const cookie of upstream.headers.getSetCookie()) out.append('set-cookie', secureCookie(cookie, https));
  // 304 Not Modified (the client's If-None-Match named the answer it holds) has no body.
  return new Response(upstream.status === 304 ? null : upstream.body, { status: upstream.status, headers: out });
}
