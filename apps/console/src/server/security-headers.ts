/**
 * The console's security headers, defined once: next.config.ts sends them with every response,
 * the proxy adds the per-request page CSP, and the API proxy routes set them on what they relay.
 */
export const BASE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/** Responses that are data (JSON, CSV), never a document: nothing may load or frame them. */
export const DATA_CSP = "default-src 'none'; frame-ancestors 'none'";

export function securityHeaders(): Record<string, string> {
  return { ...BASE_SECURITY_HEADERS, 'content-security-policy': DATA_CSP };
}

/**
 * The page policy. Scripts: only Next.js's own, by a per-request nonce ('strict-dynamic' lets them load
 * their chunks). Styles: antd's CSS-in-JS injects <style> elements and React/antd/ECharts set style
 * attributes, which no nonce can cover, so styles stay 'unsafe-inline' (styles cannot run code).
 * Images and fonts from data:/blob: for the PNG/PDF export and antd's icons.
 */
export function pageContentSecurityPolicy({ nonce, https, development = false }: { nonce: string; https: boolean; development?: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}
