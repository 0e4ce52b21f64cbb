import { NextResponse, type NextRequest } from 'next/server';
import { servedOverHttps } from './server/forwarded';
import { pageContentSecurityPolicy } from './server/security-headers';

/**
 * A fresh CSP nonce per page request. Next.js reads the policy from the request headers and puts the
 * nonce on its own inline scripts (every console page renders dynamically, so each gets its own).
 */
export function proxy(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = pageContentSecurityPolicy({ nonce, https: servedOverHttps(request), development: process.env.NODE_ENV === 'development' });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('content-security-policy', policy);
  return response;
}

export const config = {
  matcher: [
    {
      source: '/((?!api/|_next/static|_next/image|icon.svg|favicon.ico).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
