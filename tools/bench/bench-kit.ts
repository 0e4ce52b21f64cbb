import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { startEmbeddedDatabase, type RunningDatabase } from '@opencx/server-database';
import { freePort, start, stop, waitFor } from '../scripts/processes';
import { postGraphqlOk } from '../scripts/graphql-client';

export type Size = 'small' | 'large';

export interface BenchEnv {
  size: Size;
  databaseUrl: string;
  apiUrl: string;
  close(): Promise<void>;
}

/** A throwaway embedded PostgreSQL and the real API (as a child process, like `npm start`) on it. */
export async function startBenchEnv(size: Size, log: (line: string) => void): Promise<BenchEnv> {
  const dir = mkdtempSync(join(tmpdir(), 'opencx-bench-'));
  log('starting a throwaway PostgreSQL …');
  const db: RunningDatabase = await startEmbeddedDatabase({ dataDir: join(dir, 'pg'), port: await freePort(), durable: false, onNotice: log });
  const port = await freePort();
  log('starting the API …');
  const api: ChildProcess = start(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
    env: { DATABASE_URL: db.url, PORT: String(port), LOG_LEVEL: 'error', OPENCX_SQL_METRICS: 'true', OPENCX_SCHEMA_FILE: '/dev/null', NODE_ENV: 'production' },
  });
  const apiUrl = `http://127.0.0.1:${port}`;
  await waitFor(`${apiUrl}/readyz`, api, 120000);
  return {
    size,
    databaseUrl: db.url,
    apiUrl,
    async close() {
      await stop(api);
      await db.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function gql<T>(apiUrl: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<{ data: T; statements: number }> {
  const reply = await postGraphqlOk<T>(apiUrl, query, variables, headers);
  return { data: reply.data, statements: Number(reply.headers.get('x-sql-statements') ?? NaN) };
}

/** Signs up a user and creates a workspace; returns headers for workspace-scoped calls. */
export async function benchWorkspace(apiUrl: string, name: string): Promise<Record<string, string>> {
  const email = `bench.${Date.now()}.${Math.random().toString(36).slice(2)}@example.com`;
  const { data } = await gql<{ signUp: { token: string } }>(apiUrl, `mutation($i: SignUpInput!) { signUp(input: $i) { token } }`, {
    i: { email, password: 'benchmark password', displayName: 'Bench' },
  });
  const auth = { authorization: `Bearer ${data.signUp.token}` };
  const ws = await gql<{ createWorkspace: { id: string } }>(apiUrl, `mutation($i: CreateWorkspaceInput!) { createWorkspace(input: $i) { id } }`, { i: { name } }, auth);
  return { ...auth, 'x-workspace-id': ws.data.createWorkspace.id };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export interface LoadResult {
  requests: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
}

/** `clients` concurrent loops calling `once` for `seconds`; latencies in ms. Shows progress each second. */
export async function load(clients: number, seconds: number, once: () => Promise<void>, progress: (line: string) => void): Promise<LoadResult> {
  const latencies: number[] = [];
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const ticker = setInterval(() => progress(`  … ${Math.round((performance.now() - started) / 1000)}/${seconds} s, ${latencies.length} requests`), 1000);
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < deadline) {
        const t = performance.now();
        await once();
        latencies.push(performance.now() - t);
      }
    }),
  );
  clearInterval(ticker);
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, seconds: elapsed, perSecond: latencies.length / elapsed, p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99) };
}

export const fmt = (n: number, digits = 1) => n.toFixed(digits);

