import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from './tenancy/tenant-db';
import { migrationStatus } from './data-source';

export interface DatabaseStatus {
  reachable: boolean;
  serverVersion: string | null;
  migrationsApplied: number;
  migrationsPending: string[];
  error: string | null;
}

@Injectable()
export class DatabaseHealth {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async status(): Promise<DatabaseStatus> {
    try {
      const [{ server_version }] = await this.dataSource.query(`SHOW server_version`);
      const migrations = await migrationStatus(this.dataSource);
      return { reachable: true, serverVersion: server_version, migrationsApplied: migrations.applied, migrationsPending: migrations.pending, error: null };
    } catch (error) {
      return { reachable: false, serverVersion: null, migrationsApplied: 0, migrationsPending: [], error: (error as Error).message };
    }
  }
}
