import type { INestApplication } from '@nestjs/common';
import { appUnderTest, type AppUnderTest, type AppUnderTestOptions } from './app-under-test';
import { createTestDatabase, testRoleUrls } from './test-database';

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
  /** The test server's superuser on this database: inspects rows from outside, across workspaces. */
  databaseUrl: string;
  /** The application role the API serves as (row-level security applies). */
  appDatabaseUrl: string;
  /**
   * Data statements sent since the last `resetQueryCount()`. Transaction control and the
   * per-transaction tenant setting are counted apart (`controlCount`): a fixed cost per unit of
   * work, whatever the data's size.
   */
  queryCount(): number;
  controlCount(): number;
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
  /** Reuse this database (its superuser URL from createTestDatabase; kept on close) instead of a fresh one. */
  databaseUrl?: string;
  plugins?: AppUnderTestOptions['plugins'];
  /** Environment variables layered over process.env before the configuration is read. */
  env?: Record<string, string>;
}

export async function startTestApi(options: TestApiOptions = {}): Promise<TestApi> {
  const database = options.databaseUrl
    ? { url: options.databaseUrl, ...testRoleUrls(options.databaseUrl), drop: async () => undefined }
    : await createTestDatabase();
  let queries = 0;
  let control = 0;
  let api: AppUnderTest;
  try {
    // The whole composed API (apps/api), through the port its Jest setup file registers.
    api = await appUnderTest().start({
      appDatabaseUrl: database.appUrl,
      ownerDatabaseUrl: database.ownerUrl,
      env: options.env ?? {},
      plugins: options.plugins,
      onQuery: (sql, isControl) => {
        if (isControl) control++;
        else queries++;
        if (process.env.OPENCX_DEBUG_SQL) process.stderr.write(`SQL ${sql.slice(0, 160)}\n`);
      },
    });
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
    appDatabaseUrl: database.appUrl,
    queryCount: () => queries,
    controlCount: () => control,
    resetQueryCount: () => {
      queries = 0;
      control = 0;
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
