/**
 * Production entry of the console: `next start` plus one step Next.js cannot do for us: replace the
 * browser's own `X-Forwarded-For`/`X-Forwarded-Proto` with what this server saw (the socket, or a
 * trusted reverse proxy's word), so the API's per-IP rate limits and the session cookie's `Secure`
 * flag cannot be chosen by the client.
 *
 *   node -r @swc-node/register apps/console/src/server/console-server.ts   (PORT, HOST, OPENCX_CONSOLE_TRUST_PROXY)
 */
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import next from 'next';
import { CONSOLE_SERVER_MARK, normalizeForwardedHeaders, parseTrustProxy, TrustProxyError } from './client-address';

function fail(message: string): never {
  console.error(`opencx-console: ${message}`);
  process.exit(2);
}

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 3001);
  const hostname = process.env.HOST ?? '127.0.0.1';
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`configuration error: PORT must be a port number 0–65535, got "${process.env.PORT}"`);
  let trusted;
  try {
    trusted = parseTrustProxy(process.env.OPENCX_CONSOLE_TRUST_PROXY);
  } catch (error) {
    if (error instanceof TrustProxyError) fail(`configuration error: ${error.message}`);
    throw error;
  }

  const app = next({ dev: false, dir: resolve(__dirname, '../..'), hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  (globalThis as Record<symbol, unknown>)[CONSOLE_SERVER_MARK] = true;

  const server = createServer((req, res) => {
    normalizeForwardedHeaders(req, trusted);
    void handle(req, res);
  });
  server.once('error', (error: NodeJS.ErrnoException) => fail(error.code === 'EADDRINUSE' ? `port ${port} is already in use (set PORT)` : error.message));
  server.listen(port, hostname, () => console.log(`opencx-console: listening on http://${hostname}:${port}`));

  const shutdown = () => server.close(() => process.exit(0));
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

void main();
