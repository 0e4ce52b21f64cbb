import { relative, resolve } from 'node:path';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const repoRoot = resolve(__dirname, '../..');
const REQUEST_CONFIG = 'src/i18n/request.ts';
const GRAPHQL_DOCUMENTS_LOADER = resolve(__dirname, 'build/graphql-documents-loader.cjs');
const GENERATED_GRAPHQL = /libs\/console\/graphql\/src\/generated\//;

// next-intl checks its path from the current directory (the repo root when run as `next build apps/console`),
// while Turbopack resolves aliases from this app's directory: give each the path it expects.
const withNextIntl = createNextIntlPlugin('./' + relative(process.cwd(), resolve(__dirname, REQUEST_CONFIG)));

// Sent with every response (next.config.ts cannot import the app's TypeScript, so they are listed here).
// Pages also get a per-request CSP with a script nonce from src/proxy.ts (src/server/security-headers.ts).
const SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
];
// API routes answer data (JSON, CSV exports), never a document: nothing may load or frame them.
const DATA_CSP = { key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'" };

const nextConfig: NextConfig = {
  // Container images set OPENCX_CONSOLE_STANDALONE=1 (server.js + traced deps); plain builds keep `next start` working.
  output: process.env.OPENCX_CONSOLE_STANDALONE === '1' ? 'standalone' : undefined,
  outputFileTracingRoot: repoRoot,
  turbopack: {
    root: repoRoot,
    // Each page ships only the GraphQL documents it uses (see build/graphql-documents-loader.cjs).
    rules: {
      '*.documents.ts': { loaders: [GRAPHQL_DOCUMENTS_LOADER], as: '*.ts' },
      'gql.ts': { condition: { path: GENERATED_GRAPHQL }, loaders: [GRAPHQL_DOCUMENTS_LOADER], as: '*.ts' },
      'graphql.ts': { condition: { path: GENERATED_GRAPHQL }, loaders: [GRAPHQL_DOCUMENTS_LOADER], as: '*.ts' },
    },
  },
  reactStrictMode: true,
  // Barrels the console imports from: only the modules a page uses are bundled (not the whole library).
  experimental: { optimizePackageImports: ['@opencx/domain', '@opencx/console-graphql'] },
  poweredByHeader: false,
  async headers() {
    return [
      { source: '/:path*', headers: SECURITY_HEADERS },
      { source: '/api/:path*', headers: [DATA_CSP] },
    ];
  },
};

const withIntl = withNextIntl(nextConfig);
withIntl.turbopack = { ...withIntl.turbopack, resolveAlias: { ...withIntl.turbopack?.resolveAlias, 'next-intl/config': './' + REQUEST_CONFIG } };

export default withIntl;
