import 'reflect-metadata';
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  APP_ROLE,
  createDataSource,
  ensureDatabaseRoles,
  grantApplicationRole,
  installJobQueue,
  inspectServingRole,
  isControlStatement,
  roleOfUrl,
  rowLevelSecurityGap,
  runMigrations,
  startEmbeddedDatabase,
  type RunningDatabase,
} from '@opencx/server-database';
import { AppModule } from './app.module';
import { FEEDBACK_IMPORT_QUEUE } from '@opencx/server-feedback';
import { KPI_ALERT_QUEUE } from '@opencx/server-metrics';
import { CASE_INTAKE_QUEUE, CASE_SLA_QUEUE } from '@opencx/server-cases';
import { NOTIFICATION_DIGEST_QUEUE, NOTIFICATION_EMAIL_QUEUE } from '@opencx/server-notifications';
import { ENTITIES } from './contexts';
import type { ApiConfig } from './config';
import { JsonLogger } from './json-logger';
import { IMPORT_THREAD_QUEUES, startImportThread, type ImportThread } from './import-thread';
import { installedPlugins } from './plugins';
import type { PluginManifest } from '@opencx/plugin-sdk';
import { checkTrustedDocument, entityTagOnSend, foreground, loadTrustedDocuments, TrustedDocumentsError, type GraphqlRequestFields, type TrustedDocuments } from '@opencx/server-core';

export class StartupError extends Error {}

/** Background queues (pg-boss); a job is retried this many times after its worker fails or dies. */
const JOB_QUEUES = [
  { name: FEEDBACK_IMPORT_QUEUE, retryLimit: 5, expireInSeconds: 6 * 3600 },
  { name: KPI_ALERT_QUEUE, retryLimit: 2, expireInSeconds: 3600 },
  // One waiting SLA sweep timer per workspace and due minute (singletonKey); a sweep run twice still records one breach per case.
  { name: CASE_SLA_QUEUE, retryLimit: 5, expireInSeconds: 300, policy: 'short' as const },
  // One drain per committed batch's case intake; a drain run twice opens nothing more (the intake row is consumed with the cases).
  { name: CASE_INTAKE_QUEUE, retryLimit: 10, expireInSeconds: 300, policy: 'short' as const },
  // One waiting email per notification (singletonKey); a sent one is marked, so a retry does not resend.
  { name: NOTIFICATION_EMAIL_QUEUE, retryLimit: 5, expireInSeconds: 300, policy: 'short' as const },
  { name: NOTIFICATION_DIGEST_QUEUE, retryLimit: 2, expireInSeconds: 3600 },
];

export interface RunningApi {
  url: string;
  /** The connection the API serves on (the application role unless OPENCX_RLS=off). */
  databaseUrl: string;
  app: NestFastifyApplication;
  close(): Promise<void>;
}

const hidePassword = (url: string) => url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');

/** The embedded database listens on 127.0.0.1 only; its roles' passwords are not secrets (like its superuser's). */
const EMBEDDED_ROLES = { ownerPassword: 'opencx-owner', appPassword: 'opencx-app' };

/**
 * Database (embedded unless DATABASE_URL), migrations, then the HTTP server. Every failure a
 * user can cause by configuration becomes a StartupError with one clear line.
 */
export interface StartApiOptions {
  /** Every SQL statement the API sends while serving an HTTP request (tests count them). */
  onQuery?: (sql: string) => void;
  /** Replaces the installed plugins (tests of plugin upgrades). */
  plugins?: PluginManifest[];
}

export async function startApi(config: ApiConfig, logger = new JsonLogger(config.logLevel), options: StartApiOptions = {}): Promise<RunningApi> {
  let plugins;
  try {
    plugins = options.plugins ?? installedPlugins(config, (message) => logger.error(message, undefined, 'plugins'));
  } catch (error) {
    throw new StartupError((error as Error).message);
  }
  logger.info('plugins loaded', { plugins: plugins.map((p) => `${p.id}@${p.version}`) });

  let trustedDocuments: TrustedDocuments;
  try {
    trustedDocuments = loadTrustedDocuments(config.graphqlDocumentsFile, config.graphqlDocuments);
  } catch (error) {
    if (error instanceof TrustedDocumentsError) throw new StartupError(error.message);
    throw error;
  }
  logger.info('GraphQL documents', { mode: config.graphqlDocuments, trusted: trustedDocuments.documents.size });

  let embedded: RunningDatabase | null = null;
  let databaseUrl = config.databaseUrl;
  let ownerUrl = config.databaseOwnerUrl;
  let grantee: string | null = config.databaseOwnerUrl && databaseUrl ? roleOfUrl(databaseUrl) : null;
  if (!databaseUrl) {
    try {
      embedded = await startEmbeddedDatabase({
        dataDir: join(config.dataDir, 'pg'),
        port: config.embeddedDbPort,
        // main.ts stops the API, then its cluster, on SIGTERM/SIGINT.
        ownSignals: true,
        onLog: (l) => logger.debug(l, 'postgres'),
        onNotice: (l) => logger.warn(l, 'postgres'),
      });
      const roles = await ensureDatabaseRoles(embedded.url, EMBEDDED_ROLES);
      ownerUrl = roles.ownerUrl;
      grantee = APP_ROLE;
      // OPENCX_RLS=off serves as the embedded superuser, which bypasses row-level security.
      databaseUrl = config.rowLevelSecurity ? roles.appUrl : embedded.url;
    } catch (error) {
      await embedded?.stop();
      throw new StartupError((error as Error).message);
    }
    logger.info('embedded PostgreSQL started', { dataDir: embedded.dataDir, port: config.embeddedDbPort });
  }

  const perRequest = new AsyncLocalStorage<{ statements: number; control: number }>();
  // Counted per HTTP request only: background work (pg-boss jobs, timers) runs outside any request
  // and must not leak into a request's count (tests and the statements-per-request bar).
  const onQuery = (sql: string) => {
    const store = perRequest.getStore();
    if (!store) return;
    options.onQuery?.(sql);
    store[isControlStatement(sql) ? 'control' : 'statements']++;
  };

  // Migrations run as the owner role; the API then serves as the application role.
  let applied: string[] = [];
  if (ownerUrl && grantee) {
    const owner = createDataSource({ url: ownerUrl, entities: [], poolSize: 1, applicationName: 'opencx-migrate' });
    try {
      await owner.initialize();
    } catch (error) {
      await embedded?.stop();
      throw new StartupError(`cannot connect to PostgreSQL at ${hidePassword(ownerUrl)}: ${(error as Error).message}`);
    }
    try {
      applied = await runMigrations(owner);
      await grantApplicationRole((sql) => owner.query(sql), grantee);
    } finally {
      await owner.destroy();
    }
  }
  const dataSource = createDataSource({ url: databaseUrl, entities: ENTITIES, onQuery: options.onQuery || config.sqlMetrics ? onQuery : undefined });
  try {
    await dataSource.initialize();
  } catch (error) {
    await embedded?.stop();
    throw new StartupError(`cannot connect to PostgreSQL at ${hidePassword(databaseUrl)}: ${(error as Error).message}`);
  }
  if (!ownerUrl) applied = await runMigrations(dataSource);
  logger.info('migrations applied', { applied: applied.length, names: applied });

  // pg-boss's schema and queues are DDL: installed (or migrated) by the role that migrates ours, once
  // PostgreSQL is known to be reachable (so an unreachable database is reported as such).
  try {
    await installJobQueue(ownerUrl ?? databaseUrl, ownerUrl ? grantee : null, JOB_QUEUES);
  } catch (error) {
    await dataSource.destroy();
    await embedded?.stop();
    throw new StartupError(`cannot install the job queue (pg-boss) in PostgreSQL: ${(error as Error).message}`);
  }

  const serving = await inspectServingRole((sql) => dataSource.query(sql));
  const gap = rowLevelSecurityGap(serving);
  if (gap && config.rowLevelSecurity) {
    await dataSource.destroy();
    await embedded?.stop();
    throw new StartupError(
      `${gap}, so row-level security would not apply: serve as the application role (DATABASE_URL) and migrate as the owner (DATABASE_OWNER_URL), see README "External PostgreSQL", or set OPENCX_RLS=off`,
    );
  }
  if (!config.rowLevelSecurity) {
    logger.warn(`ROW-LEVEL SECURITY IS OFF (OPENCX_RLS=off): ${gap ?? `the role "${serving.role}" is subject to it, but start-up does not check`}; tenant isolation rests on TenantDb alone`, 'database');
  }

  const readsSetTenant = !(serving.superuser || serving.bypassRls);
  // With the import thread, this (HTTP) thread leaves the import queue to it.
  const importThread = config.importThread && config.imports.worker !== false;
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.register({ config, dataSource, plugins, readsSetTenant, ...(importThread ? { jobQueues: { except: IMPORT_THREAD_QUEUES } } : {}) }),
    new FastifyAdapter({ trustProxy: config.trustProxy.length > 0 ? config.trustProxy : false, bodyLimit: 5 * 1024 * 1024, genReqId: () => randomUUID() }),
    { logger, abortOnError: false },
  );

  // CSV uploads are streamed to disk by their route, never buffered whole (nor held to bodyLimit);
  // evidence files (images, PDF) are streamed to their route, which enforces its own limit.
  app
    .getHttpAdapter()
    .getInstance()
    .addContentTypeParser(['text/csv', 'application/octet-stream', 'image/png', 'image/jpeg', 'image/webp', 'application/pdf'], (_request, payload, done) => done(null, payload));

  // Before Apollo parses anything: persisted ids become their text, and in `trusted` mode nothing else passes.
  app.getHttpAdapter().getInstance().addHook('preValidation', (request, reply, done) => {
    if (request.url.split('?')[0] !== '/graphql') return done();
    const fields = (request.method === 'GET' ? request.query : request.body) as GraphqlRequestFields | undefined;
    if (!fields || typeof fields !== 'object') return done();
    const verdict = checkTrustedDocument(fields, trustedDocuments);
    if (verdict.kind === 'refused') {
      void reply.code(400).send({ data: null, errors: [{ message: verdict.message, extensions: { code: verdict.code } }] });
      return;
    }
    if (verdict.kind === 'resolved') {
      const body = fields as GraphqlRequestFields & Record<string, unknown>;
      body.query = verdict.query;
      delete body.documentId;
      delete body.extensions;
    }
    done();
  });

  // The id a masked error carries (and the log line that holds the whole error) is on every answer.
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, reply, done) => {
      reply.header('x-request-id', request.id);
      done();
    });

  // Requests in flight are the foreground: background jobs (CSV imports) yield to them (see foreground.ts).
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (_request, reply, done) => {
      const end = foreground.begin();
      reply.raw.once('close', end);
      reply.raw.once('finish', end);
      done();
    });

  // ETag / 304 Not Modified for successful GraphQL reads (marked by entityTagPlugin).
  app.getHttpAdapter().getInstance().addHook('onSend', entityTagOnSend);

  if (config.sqlMetrics || options.onQuery) {
    const fastify = app.getHttpAdapter().getInstance();
    fastify.addHook('onRequest', (_req, _reply, done) => {
      perRequest.enterWith({ statements: 0, control: 0 });
      done();
    });
  }
  if (config.sqlMetrics) {
    const fastify = app.getHttpAdapter().getInstance();
    fastify.addHook('onSend', (_req, reply, payload, done) => {
      // Data statements; transaction control and the tenant setting are a fixed cost per unit of work, reported apart.
      reply.header('x-sql-statements', String(perRequest.getStore()?.statements ?? 0));
      reply.header('x-sql-control-statements', String(perRequest.getStore()?.control ?? 0));
      // The time from the request's arrival to its answer being ready, inside the API (benchmarks split a client's wait with it).
      reply.header('server-timing', `app;dur=${reply.elapsedTime.toFixed(2)}`);
      done(null, payload);
    });
  }

  let imports: ImportThread | null = null;
  // Before listening: the API answers only once its imports are worked.
  if (importThread) {
    try {
      imports = await startImportThread({ config, databaseUrl, readsSetTenant }, logger);
    } catch (error) {
      await app.close();
      await embedded?.stop();
      throw new StartupError(`${(error as Error).message} (OPENCX_IMPORT_THREAD=off runs imports on the HTTP thread)`);
    }
    logger.info('import thread started', { threadId: imports.threadId });
  }
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await imports?.close();
    await app.close();
    await embedded?.stop();
    const code = (error as NodeJS.ErrnoException).code;
    throw new StartupError(code === 'EADDRINUSE' ? `port ${config.port} is already in use (set PORT)` : `cannot listen on ${config.host}:${config.port}: ${(error as Error).message}`);
  }
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host}:${port}`;

  let closed = false;
  return {
    url,
    databaseUrl,
    app,
    async close() {
      if (closed) return;
      closed = true;
      await imports?.close();
      await app.close();
      await embedded?.stop();
    },
  };
}
