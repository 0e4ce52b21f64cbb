import type { OpenCxRequest } from '@opencx/server-core';

/** Where a request came from, as security events and rate limits record it. */
export interface ClientInfo {
  ip: string;
  userAgent: string | null;
}

/** `req.ip` already honours only the proxies trusted by OPENCX_TRUST_PROXY. */
export function clientOf(req: OpenCxRequest): ClientInfo {
  const ua = req.headers['user-agent'];
  return { ip: req.ip ?? 'unknown', userAgent: ((Array.isArray(ua) ? ua[0] : ua) ?? null)?.slice(0, 300) ?? null };
}
