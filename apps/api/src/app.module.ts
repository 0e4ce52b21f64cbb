import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { DataSource } from 'typeorm';
import { DatabaseModule } from '@opencx/server-database';
import { OpenCxExceptionFilter, createValidationPipe, graphqlLimits, retryAfterPlugin } from '@opencx/server-core';
import { SystemModule } from '@opencx/server-system';
import { AuditModule } from '@opencx/server-audit';
import { IdentityModule } from '@opencx/server-identity';
import { JourneysModule } from '@opencx/server-journeys';
import { MetricsModule } from '@opencx/server-metrics';
import { PluginsModule } from '@opencx/server-plugins';
import type { PluginManifest } from '@opencx/plugin-sdk';
import type { ApiConfig } from './config';

export interface AppModuleOptions {
  config: ApiConfig;
  dataSource: DataSource;
  plugins: readonly PluginManifest[];
}

/** Wiring only: which bounded contexts make up the API, and how GraphQL is served. */
@Module({})
export class AppModule {
  static register({ config, dataSource, plugins }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        DatabaseModule.forRoot({ dataSource }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: config.schemaFile ?? true,
          sortSchema: true,
          playground: false,
          introspection: !config.production,
          csrfPrevention: true,
          allowBatchedHttpRequests: false,
          validationRules: graphqlLimits(),
          // Both plugins hook every field resolver; OpenCX uses neither HTTP cache hints nor federation traces.
          plugins: [ApolloServerPluginCacheControlDisabled(), ApolloServerPluginInlineTraceDisabled(), retryAfterPlugin()],
          includeStacktraceInErrorResponses: false,
          context: (request: unknown, reply: unknown) => ({ req: request, reply }),
        }),
        SystemModule,
        AuditModule,
        IdentityModule.forRoot(config.identity),
        JourneysModule,
        MetricsModule,
        PluginsModule.forRoot(plugins),
      ],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: OpenCxExceptionFilter },
      ],
    };
  }
}
