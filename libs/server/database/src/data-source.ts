import { DataSource, AbstractLogger, type MixedList, type EntitySchema, type LogLevel, type LogMessage } from 'typeorm';
import { migrations } from './migrations';

export interface DataSourceConfig {
  url: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  poolSize?: number;
  applicationName?: string;
  /** Called with every SQL statement sent (tests count statements to catch N+1 queries). */
  onQuery?: (sql: string) => void;
}

class QueryListener extends AbstractLogger {
  constructor(private readonly listener: (sql: string) => void) {
    super(['query']);
  }
  protected writeLog(_level: LogLevel, message: LogMessage | LogMessage[]): void {
    for (const m of Array.isArray(message) ? message : [message]) if (m.type === 'query') this.listener(String(m.message));
  }
}

/** The one way OpenCX opens PostgreSQL: migrations listed in order, never `synchronize`. */
export function createDataSource(config: DataSourceConfig): DataSource {
  return new DataSource({
    type: 'postgres',
    url: config.url,
    entities: config.entities,
    migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: config.onQuery ? ['query'] : false,
    logger: config.onQuery ? new QueryListener(config.onQuery) : undefined,
    // A where value of undefined or null must never silently match every row (a cross-tenant read).
    invalidWhereValuesBehavior: { null: 'throw', undefined: 'throw' },
    extra: {
      max: config.poolSize ?? 20,
      application_name: config.applicationName ?? 'opencx',
      connectionTimeoutMillis: 5000,
    },
  });
}

export interface MigrationStatus {
  applied: number;
  pending: string[];
}

export async function migrationStatus(dataSource: DataSource): Promise<MigrationStatus> {
  const rows: { name: string }[] = await dataSource
    .query(`SELECT name FROM migrations`)
    .catch(() => [] as { name: string }[]);
  const applied = new Set(rows.map((r) => r.name));
  const pending = dataSource.migrations.map((m) => m.name ?? m.constructor.name).filter((n) => !applied.has(n));
  return { applied: applied.size, pending };
}

export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const done = await dataSource.runMigrations({ transaction: 'each' });
  return done.map((m) => m.name);
}
