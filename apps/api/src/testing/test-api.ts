import type { INestApplication } from '@nestjs/common';
import { JsonLogger } from '../json-logger';
import { loadConfig } from '../config';
import { startApi, type RunningApi, type StartApiOptions } from '../start-api';
import { createTestDatabase } from '@opencx/server-testing';


export interface GqlResult<T> {
  data: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; field?: string; [k: string]: unknown } }[];
}

export interface CallOptions {
  token?: string;
  workspaceId?: string;
  headers?: Record<string, string>;
}

export interface TestApi {
  url: string;
  /** The Nest application, for specs that inspect wiring (e.g. declared access rules). */
  app: INestApplication;
  databaseUrl: string;
  /** SQL statements sent since the last `resetQueryCount()`. */
  queryCount(): number;
  resetQueryCount(): void;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, options?: CallOptions): Promise<GqlResult<T>>;
  /** Like gql, but fails the test on any GraphQL error. */
  gqlOk<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, options?: CallOptions): Promise<T>;
  http(path: string, init?: RequestInit & CallOptions): Promise<Response>;
  close(): Promise<void>;
}

function headersFor(options: CallOptions = {}): Record<string, string> {
  return {
    ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    ...(options.workspaceId ? { 'x-workspace-id': options.workspaceId } : {}),
    ...options.headers,
  };
}

/** The real API (Fastify + GraphQL) on a free port over a fresh database with migrations applied. */
export interface TestApiOptions {
  /** Reuse this database (kept on close) instead of a fresh one. */
  databaseUrl?: string;
  plugins?: StartApiOptions['plugins'];
  /** Extra environment for loadConfig (e.g. OPENCX_ADMIN_EMAILS, OPENCX_SMTP_URL). */
  env?: Record<string, string>;
}

export async function startTestApi(options: TestApiOptions = {}): Promise<TestApi> {
  const database = options.databaseUrl ? { url: options.databaseUrl, drop: async () => undefined } : await createTestDatabase();
  const config = { ...loadConfig({ ...process.env, ...options.env, DATABASE_URL: database.url, PORT: '0', LOG_LEVEL: 'error' }), schemaFile: null };
  let queries = 0;
  let api: RunningApi;
  try {
    api = await startApi(config, new JsonLogger('error'), { plugins: options.plugins, onQuery: (sql) => {
        queries++;
        if (process.env.OPENCX_DEBUG_SQL) process.stderr.write(`SQL ${sql.slice(0, 160)}\n`);
      } });
  } catch (error) {
    await database.drop();
    throw error;
  }

  const http = (path: string, init: RequestInit & CallOptions = {}) =>
    fetch(`${api.url}${path}`, { ...init, headers: { ...headersFor(init), ...(init.headers as Record<string, string>) } });

  const gql = async <T>(query: string, variables: Record<string, unknown> = {}, options: CallOptions = {}): Promise<GqlResult<T>> => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headersFor(options) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GqlResult<T>;
  };

  return {
    url: api.url,
    app: api.app,
    databaseUrl: database.url,
    queryCount: () => queries,
    resetQueryCount: () => {
      queries = 0;
    },
    gql,
    async gqlOk<T>(query: string, variables?: Record<string, unknown>, options?: CallOptions): Promise<T> {
      const result = await gql<T>(query, variables, options);
      if (result.errors?.length) throw new Error(`GraphQL error: ${JSON.stringify(result.errors)}`);
      return result.data as T;
    },
    http,
    async close() {
      await api.close();
      await database.drop();
    },
  };
}
