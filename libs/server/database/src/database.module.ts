import { Global, Module, type DynamicModule, type OnApplicationShutdown, Inject } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE, TENANT_DB_OPTIONS, TenantDb } from './tenancy/tenant-db';
import { DatabaseHealth } from './database-health';
import { PluginReleaseLedger } from './plugin-release-ledger';
import { JOB_QUEUE_OPTIONS, JobQueue, type JobQueueSelection } from './job-queue';
import { ChangeFeed } from './change-feed';

export interface DatabaseModuleOptions {
  /** An initialised TypeORM data source (see createDataSource); the module closes it on shutdown. */
  dataSource: DataSource;
  /** False only when the serving role bypasses row-level security (`OPENCX_RLS=off`); see TenantDbOptions. */
  readsSetTenant?: boolean;
  /** False (OPENCX_SCHEDULES=off): no periodic jobs are queued by this process (see JobQueue.every). */
  schedules?: boolean;
  /** The job queues this process works (all when unset); see JobQueueOptions.queues. */
  jobQueues?: JobQueueSelection;
}

class DataSourceCloser implements OnApplicationShutdown {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}
  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseModuleOptions): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        { provide: DATA_SOURCE, useValue: options.dataSource },
        { provide: TENANT_DB_OPTIONS, useValue: { readsSetTenant: options.readsSetTenant ?? true } },
        TenantDb,
        DatabaseHealth,
        PluginReleaseLedger,
        DataSourceCloser,
        { provide: JOB_QUEUE_OPTIONS, useValue: { schedules: options.schedules ?? true, ...(options.jobQueues ? { queues: options.jobQueues } : {}) } },
        JobQueue,
        ChangeFeed,
      ],
      exports: [TenantDb, DatabaseHealth, PluginReleaseLedger, JobQueue, ChangeFeed],
    };
  }
}
