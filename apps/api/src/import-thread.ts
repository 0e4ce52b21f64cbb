import 'reflect-metadata';
import { setPriority } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { NestFactory } from '@nestjs/core';
import { createDataSource, lowerBackendPriority } from '@opencx/server-database';
import { foreground, watchForeground } from '@opencx/server-core';
import { FEEDBACK_IMPORT_QUEUE } from '@opencx/server-feedback';
import { CASE_INTAKE_QUEUE } from '@opencx/server-cases';
import { AppModule } from './app.module';
import type { ApiConfig } from './config';
import { ENTITIES } from './contexts';
import { JsonLogger } from './json-logger';
import { installedPlugins } from './plugins';
import { STOP_MESSAGE, superviseThread, whenReady, type SupervisedThread } from './supervised-thread';

/**
 * The import thread (OPENCX_IMPORT_THREAD, on by default). CSV imports are long CPU work (parsing,
 * validation, comment analysis, COPY text) between their database statements. On the HTTP thread
 * that work shares one event loop with every request; here it runs on an event loop of its own, at
 * the lowest CPU priority (nice 19: Linux gives a thread its own nice value), over connections of
 * its own, so the operating system serves the requests first. It is the same application without
 * HTTP or GraphQL, working only IMPORT_THREAD_QUEUES (the HTTP thread works every other queue), and
 * it still waits for the HTTP thread's requests before each chunk's statements (`watchForeground`).
 * Like another API replica, it shares nothing with the HTTP thread but the database, so the answer
 * caches stay correct: their versions come from the database.
 */
export interface ImportThreadInput {
  config: ApiConfig;
  /** The connection the API serves on (the application role). */
  databaseUrl: string;
  readsSetTenant: boolean;
}

interface ThreadData extends ImportThreadInput {
  opencxImportThread: true;
  foreground: SharedArrayBuffer;
}

/** The running import thread: its id, and how to stop it. */
export type ImportThread = SupervisedThread;

/**
 * The queues the import thread works: imports, and the case intake their committed chunks queue
 * (opening follow-up cases for unhappy answers is per-row CPU work too).
 */
export const IMPORT_THREAD_QUEUES: readonly string[] = [FEEDBACK_IMPORT_QUEUE, CASE_INTAKE_QUEUE];

/** Lowest CPU priority (Linux nice value). */
const NICE = 19;
/** A thread that died is started again after this long (its running import is retried from its checkpoint). */
const RESTART_MS = 1000;

/** Starts the import thread and waits until it works the queue; throws when it cannot start. If it dies, it is started again. */
export function startImportThread(input: ImportThreadInput, logger: JsonLogger): Promise<ImportThread> {
  return superviseThread(() => spawn(input), {
    restartMs: RESTART_MS,
    stopTimeoutMs: 20_000,
    onError: (message, stack) => logger.error(`import thread ${message}`, stack, 'imports'),
  });
}

function spawn(input: ImportThreadInput): Promise<Worker> {
  const data: ThreadData = { ...input, opencxImportThread: true, foreground: foreground.state };
  const worker = new Worker(__filename, {
    workerData: data,
    // From TypeScript sources (development, tests), the thread compiles them as the process does.
    execArgv: __filename.endsWith('.ts') ? ['-r', '@swc-node/register'] : [],
  });
  return whenReady(worker, 'the import thread');
}

async function runThread(data: ThreadData): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('the import thread runs in a worker thread');
  const config: ApiConfig = { ...data.config, schedules: false, pluginDev: false, schemaFile: null };
  const logger = new JsonLogger(config.logLevel);
  try {
    setPriority(NICE);
  } catch (error) {
    logger.warn(`import thread: cannot lower its CPU priority (${(error as Error).message}); it still yields to requests`, 'imports');
  }
  watchForeground(data.foreground);
  const plugins = installedPlugins(config, (message) => logger.error(message, undefined, 'plugins'));
  // Its own pool: an import holds its worker lock, up to two chunk transactions and a read; the queue polls and drains case intake beside it.
  const dataSource = createDataSource({ url: data.databaseUrl, entities: ENTITIES, poolSize: 10, applicationName: 'opencx-imports' });
  await dataSource.initialize();
  // Its PostgreSQL backends too, when PostgreSQL runs on this host (the embedded database).
  lowerBackendPriority(dataSource, NICE);
  const app = await NestFactory.createApplicationContext(
    AppModule.register({ config, dataSource, plugins, readsSetTenant: data.readsSetTenant, jobQueues: { only: IMPORT_THREAD_QUEUES }, graphql: false }),
    { logger, abortOnError: false },
  );
  await app.init();
  port.on('message', (message) => {
    if (message !== STOP_MESSAGE) return;
    void app.close().finally(() => process.exit(0));
  });
  port.postMessage({ ready: true });
}

if (!isMainThread && (workerData as ThreadData | null)?.opencxImportThread) {
  runThread(workerData as ThreadData).catch((error: Error) => {
    process.stderr.write(`opencx-api: import thread: ${error.stack ?? error.message}\n`);
    process.exit(1);
  });
}
