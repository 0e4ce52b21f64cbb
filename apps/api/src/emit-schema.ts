import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { resolve } from 'node:path';
import { createDataSource } from '@opencx/server-database';
import { AppModule } from './app.module';
import { ENTITIES } from './contexts';
import { loadConfig } from './config';
import { BUILT_IN_PLUGINS } from './plugins';

/**
 * Writes the code-first GraphQL schema without a database: the data source is created but never
 * connected, which is all the schema builder needs.
 */
export async function emitSchema(file: string): Promise<void> {
  const loaded = loadConfig({ ...process.env, DATABASE_URL: 'postgres://unused@127.0.0.1:1/unused' });
  const config = { ...loaded, schemaFile: resolve(file), imports: { ...loaded.imports, worker: false } };
  const dataSource = createDataSource({ url: config.databaseUrl as string, entities: ENTITIES });
  const app = await NestFactory.create(AppModule.register({ config, dataSource, plugins: BUILT_IN_PLUGINS }), new FastifyAdapter(), { logger: ['error'], abortOnError: false });
  await app.init();
  await app.close();
}

if (require.main === module) {
  const file = process.argv[2] ?? 'apps/api/schema.gql';
  emitSchema(file).then(
    () => console.log(`schema written to ${file}`),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
