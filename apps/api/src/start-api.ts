import 'reflect-metadata';
import { AsyncLocalStorage } from 'node:async_hooks';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { createDataSource, runMigrations, startEmbeddedDatabase, type RunningDatabase } from '@opencx/server-database';
import { AppModule } from './app.module';
import { ENTITIES } from './entities';
import type { ApiConfig } from './config';
import { JsonLogger } from './json-logger';
import { installedPlugins } from './plugins';
import type { PluginManifest } from '@opencx/plugin-sdk';

export class StartupError extends Error {}

export interface RunningApi {
  url: string;
  databaseUrl: string;
  app: NestFastifyApplication;
  close(): Promise<void>;
}

const hidePassword = (url: string) => url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');

/**
 * Database (embedded unless DATABASE_URL), migrations, then the HTTP server. Every failure a
 * user can cause by configuration becomes a StartupError with one clear line.
 */
export interface StartApiOptions {
  /** Every SQL statement the API sends (tests count them). */
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

  let embedded: RunningDatabase | null = null;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    try {
      embedded = await startEmbeddedDatabase({
        dataDir: join(config.dataDir, 'pg'),
        port: config.embeddedDbPort,
        onLog: (l) => logger.debug(l, 'postgres'),
        onNotice: (l) => logger.warn(l, 'postgres'),
      });
    } catch (error) {
      throw new StartupError((error as Error).message);
    }
    databaseUrl = embedded.url;
    logger.info('embedded PostgreSQL started', { dataDir: embedded.dataDir, port: config.embeddedDbPort });
  }

  const perRequest = new AsyncLocalStorage<{ statements: number }>();
  const onQuery = (sql: string) => {
    options.onQuery?.(sql);
    const store = perRequest.getStore();
    if (store) store.statements++;
  };
  const dataSource = createDataSource({ url: databaseUrl, entities: ENTITIES, onQuery: options.onQuery || config.sqlMetrics ? onQuery : undefined });
  try {
    await dataSource.initialize();
  } catch (error) {
    await embedded?.stop();
    throw new StartupError(`cannot connect to PostgreSQL at ${hidePassword(databaseUrl)}: ${(error as Error).message}`);
  }
  const applied = await runMigrations(dataSource);
  logger.info('migrations applied', { applied: applied.length, names: applied });

  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.register({ config, dataSource, plugins }),
    new FastifyAdapter({ trustProxy: config.trustProxy, bodyLimit: 5 * 1024 * 1024 }),
    { logger, abortOnError: false },
  );

  if (config.sqlMetrics) {
    const fastify = app.getHttpAdapter().getInstance();
    fastify.addHook('onRequest', (_req, _reply, done) => {
      perRequest.enterWith({ statements: 0 });
      done();
    });
    fastify.addHook('onSend', (_req, reply, payload, done) => {
      reply.header('x-sql-statements', String(perRequest.getStore()?.statements ?? 0));
      done(null, payload);
    });
  }

  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
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
      await app.close();
      await embedded?.stop();
    },
  };
}
