import { Global, Module, type DynamicModule, type OnApplicationShutdown, Inject } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE, TenantDb } from './tenancy/tenant-db';
import { DatabaseHealth } from './database-health';

export interface DatabaseModuleOptions {
  /** An initialised TypeORM data source (see createDataSource); the module closes it on shutdown. */
  dataSource: DataSource;
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
      providers: [{ provide: DATA_SOURCE, useValue: options.dataSource }, TenantDb, DatabaseHealth, DataSourceCloser],
      exports: [TenantDb, DatabaseHealth],
    };
  }
}
