import { Logger, Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { DataSource } from 'typeorm';
import { DatabaseModule, type JobQueueSelection } from '@opencx/server-database';
import { IdArgumentsInterceptor, OpenCxExceptionFilter, createGraphqlErrorMasking, createValidationPipe, entityTagPlugin, graphqlLimits, graphqlParseOptions, retryAfterPlugin } from '@opencx/server-core';
import { AccessGuard, IdentityOptionsModule } from '@opencx/server-identity';
import { PluginsModule } from '@opencx/server-plugins';
import { FeedbackImportOptionsModule } from '@opencx/server-feedback';
import { JourneyHistoryOptionsModule } from '@opencx/server-journeys';
import { KpiAlertOptionsModule } from '@opencx/server-metrics';
import { ResearchOptionsModule } from '@opencx/server-research';
import type { PluginManifest } from '@opencx/plugin-sdk';
import type { ApiConfig } from './config';
import { CONTEXT_MODULES } from './contexts';
import { pluginDevLoop } from './plugins';

export interface AppModuleOptions {
  config: ApiConfig;
  dataSource: DataSource;
  plugins: readonly PluginManifest[];
  /** See TenantDbOptions: false only when the serving role bypasses row-level security. */
  readsSetTenant?: boolean;
  /** The job queues this process works (all when unset): the HTTP thread leaves imports to the import thread. */
  jobQueues?: JobQueueSelection;
  /** False in the import thread: no GraphQL schema is built where nothing is served. */
  graphql?: boolean;
}

/** Wiring only: which bounded contexts make up the API, and how GraphQL is served. */
@Module({})
export class AppModule {
  static register({ config, dataSource, plugins, readsSetTenant, jobQueues, graphql = true }: AppModuleOptions): DynamicModule {
    const errorMasking = createGraphqlErrorMasking(new Logger('graphql'));
    return {
      module: AppModule,
      imports: [
        DatabaseModule.forRoot({ dataSource, readsSetTenant, schedules: config.schedules, jobQueues }),
        ...(graphql ? [graphqlModule(config, errorMasking)] : []),
        ...CONTEXT_MODULES,
        IdentityOptionsModule.forRoot(config.identity),
        FeedbackImportOptionsModule.forRoot(config.imports),
        JourneyHistoryOptionsModule.forRoot({ revisionGroupSeconds: config.revisionGroupSeconds }),
        // The alert job runs wherever imports do (not while only the GraphQL schema is written).
        KpiAlertOptionsModule.forRoot({ worker: config.imports.worker !== false }),
        ResearchOptionsModule.forRoot(config.evidenceMaxBytes ? { evidenceMaxBytes: config.evidenceMaxBytes } : {}),
        PluginsModule.forRoot(plugins, { devLoop: pluginDevLoop(config) }),
      ],
      providers: [
        // Deny by default: every resolver and route must declare who may call it (@Public, @Roles, …).
        { provide: APP_GUARD, useExisting: AccessGuard },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_INTERCEPTOR, useClass: IdArgumentsInterceptor },
        { provide: APP_FILTER, useClass: OpenCxExceptionFilter },
      ],
    };
  }
}

function graphqlModule(config: ApiConfig, errorMasking: ReturnType<typeof createGraphqlErrorMasking>): DynamicModule {
  return GraphQLModule.forRoot<ApolloDriverConfig>({
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: config.schemaFile ?? true,
    sortSchema: true,
    playground: false,
    introspection: !config.production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    validationRules: graphqlLimits(),
    // The parser gives up after the token limit, so a huge document costs no more than a small one.
    parseOptions: graphqlParseOptions(),
    // Both plugins hook every field resolver; OpenCX uses neither HTTP cache hints nor federation traces.
    plugins: [ApolloServerPluginCacheControlDisabled(), ApolloServerPluginInlineTraceDisabled(), errorMasking.plugin, retryAfterPlugin(), entityTagPlugin()],
    // Anything that is not an OpenCxError or a request error reaches the client as a request id only.
    formatError: errorMasking.formatError,
    includeStacktraceInErrorResponses: false,
    context: (request: unknown, reply: unknown) => ({ req: request, reply }),
  });
}
