import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { ensureDatabaseRoles, startEmbeddedDatabase, type DatabaseRoleUrls, type RunningDatabase } from '@opencx/server-database';
import { freePort, start, stop, waitFor } from '../scripts/processes';
import { postGraphqlOk } from '../scripts/graphql-client';

/** `tiny`: the smoke test's size (runs every step, proves nothing about speed); `small`: the default; `large`: DESIGN.md §7's sizes. */
export type Size = 'tiny' | 'small' | 'large';

/** A figure per size. */
export const bySize = <T>(size: Size, figures: Record<Size, T>): T => figures[size];

export interface BenchEnv {
  size: Size;
  /** The superuser: raw-SQL baselines read from outside row-level security. */
  databaseUrl: string;
  /** The application role the API serves as (subject to row-level security). */
  appUrl: string;
  apiUrl: string;
  apiPid: number;
  postmasterPid(): number;
  close(): Promise<void>;
}

export interface BenchDatabase extends DatabaseRoleUrls {
  /** The embedded superuser. */
  url: string;
  /** PostgreSQL's main process (its backends are its children). */
  postmasterPid(): number;
  close(): Promise<void>;
}

/** A throwaway embedded PostgreSQL with the owner and application roles. */
export async function startBenchDatabase(log: (line: string) => void): Promise<BenchDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'opencx-bench-'));
  log('starting a throwaway PostgreSQL …');
  // BENCH_PG_STATEMENTS=<file>: every statement's duration is appended there (summarise it with statement-profile.ts).
  const statements = process.env.BENCH_PG_STATEMENTS;
  const db: RunningDatabase = await startEmbeddedDatabase({
    dataDir: join(dir, 'pg'), port: await freePort(), durable: false, onNotice: log,
    ...(statements ? { postgresFlags: ['-c', 'log_min_duration_statement=0', '-c', 'log_line_prefix=%p '], onLog: (text: string) => appendFileSync(statements, `${text}\n`) } : {}),
  });
  const roles = await ensureDatabaseRoles(db.url, { ownerPassword: 'bench-owner', appPassword: 'bench-app' });
  return {
    url: db.url,
    ...roles,
    postmasterPid: () => Number(readFileSync(join(dir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]),
    async close() {
      await db.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface BenchApi {
  url: string;
  pid: number;
  close(): Promise<void>;
}

/** The real API as a child process (like `npm start`), with the given database settings. */
export async function startBenchApi(env: Record<string, string>, log: (line: string) => void, label = 'the API'): Promise<BenchApi> {
  const port = await freePort();
  log(`starting ${label} …`);
  // BENCH_CPU_PROF=<dir>: the API writes a V8 CPU profile there when it stops (open it in Chrome DevTools).
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const api: ChildProcess = start(process.execPath, [...profile, '-r', '@swc-node/register', 'apps/api/src/main.ts'], {
    env: { PORT: String(port), LOG_LEVEL: 'error', OPENCX_SQL_METRICS: 'true', OPENCX_SCHEMA_FILE: '/dev/null', NODE_ENV: 'production', ...env },
  });
  const url = `http://127.0.0.1:${port}`;
  // Generous: on a shared, busy machine the API's start (TypeScript compiled at load) can take minutes.
  await waitFor(`${url}/readyz`, api, 300000);
  return { url, pid: api.pid ?? NaN, close: () => stop(api) };
}

/** A throwaway database and the API serving on it as the application role. */
export async function startBenchEnv(size: Size, log: (line: string) => void): Promise<BenchEnv> {
  const db = await startBenchDatabase(log);
  const api = await startBenchApi({ DATABASE_URL: db.appUrl, DATABASE_OWNER_URL: db.ownerUrl }, log);
  return {
    size,
    databaseUrl: db.url,
    appUrl: db.appUrl,
    apiUrl: api.url,
    apiPid: api.pid,
    postmasterPid: () => db.postmasterPid(),
    async close() {
      await api.close();
      await db.close();
    },
  };
}

export async function gql<T>(
  apiUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{ data: T; statements: number; controlStatements: number; serverMs: number }> {
  const reply = await postGraphqlOk<T>(apiUrl, query, variables, headers);
  return {
    data: reply.data,
    statements: Number(reply.headers.get('x-sql-statements') ?? NaN),
    controlStatements: Number(reply.headers.get('x-sql-control-statements') ?? NaN),
    serverMs: serverTiming(reply.headers.get('server-timing')),
  };
}

/** The API's own time for a request, from its `Server-Timing: app;dur=<ms>` header (OPENCX_SQL_METRICS); NaN without it. */
export function serverTiming(header: string | null): number {
  const match = /(?:^|,)\s*app;dur=([\d.]+)/.exec(header ?? '');
  return match ? Number(match[1]) : NaN;
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

/**
 * Open loop: starts `once` at a fixed arrival rate for `seconds`, whether or not earlier calls have
 * finished (as independent users would), and times each call from when it was due to start, so a
 * server that falls behind shows it in the latencies (no coordinated omission).
 */
export async function openLoop(perSecond: number, seconds: number, once: () => Promise<void>, progress: (line: string) => void): Promise<LoadResult & { errors: number }> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const total = Math.round(perSecond * seconds);
  const pending: Promise<void>[] = [];
  const ticker = setInterval(() => progress(`  … ${Math.round((performance.now() - started) / 1000)}/${seconds} s, ${latencies.length} answered`), 1000);
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    pending.push(
      once().then(
        () => void latencies.push(performance.now() - due),
        () => void errors++,
      ),
    );
  }
  await Promise.all(pending);
  clearInterval(ticker);
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, errors, seconds: elapsed, perSecond: latencies.length / elapsed, p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99) };
}

export const fmt = (n: number, digits = 1) => n.toFixed(digits);

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** utime + stime of a process and its parent's pid, from /proc; null once it has exited. */
function procStat(pid: number): { cpu: number; ppid: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), cpu: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND };
  } catch {
    return null;
  }
}

/**
 * CPU seconds used so far by a process (the API) and by PostgreSQL's client backends that log in
 * as `role` (children of the postmaster whose title reads `postgres: <role> <database> <host>…`),
 * leaving out background work (autovacuum, checkpointer) that neither side asked for.
 * Linux only; NaN elsewhere. Unlike throughput, CPU per request hardly moves when other work
 * shares the machine.
 */
export function cpuSeconds(apiPid: number, postmasterPid: number, role: string): number {
  if (process.platform !== 'linux') return NaN;
  let total = procStat(apiPid)?.cpu ?? 0;
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const stat = procStat(pid);
    if (!stat || stat.ppid !== postmasterPid) continue;
    let title = '';
    try {
      title = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    if (title.startsWith(`postgres: ${role} `)) total += stat.cpu;
  }
  return total;
}
