import { relative, resolve } from 'node:path';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { BASE_SECURITY_HEADERS } from './src/server/security-headers';

const repoRoot = resolve(__dirname, '../..');
const REQUEST_CONFIG = 'src/i18n/request.ts';

// next-intl checks its path from the current directory (the repo root when run as `next build apps/console`),
// while Turbopack resolves aliases from this app's directory: give each the path it expects.
const withNextIntl = createNextIntlPlugin('./' + relative(process.cwd(), resolve(__dirname, REQUEST_CONFIG)));

const nextConfig: NextConfig = {
  // Container images set OPENCX_CONSOLE_STANDALONE=1 (server.js + traced deps); plain builds keep `next start` working.
  output: process.env.OPENCX_CONSOLE_STANDALONE === '1' ? 'standalone' : undefined,
  outputFileTracingRoot: repoRoot,
  turbopack: { root: repoRoot },
  reactStrictMode: true,
  poweredByHeader: false,
  // Pages also get a per-request CSP from src/proxy.ts; API routes set their own (src/server/security-headers.ts).
  async headers() {
    return [{ source: '/:path*', headers: Object.entries(BASE_SECURITY_HEADERS).map(([key, value]) => ({ key, value })) }];
  },
};

const withIntl = withNextIntl(nextConfig);
withIntl.turbopack = { ...withIntl.turbopack, resolveAlias: { ...withIntl.turbopack?.resolveAlias, 'next-intl/config': './' + REQUEST_CONFIG } };

export default withIntl;
