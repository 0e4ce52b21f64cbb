/**
 * The page policy (the headers every response carries are in next.config.ts). Scripts: only Next.js's own, by a per-request nonce ('strict-dynamic' lets them load
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
