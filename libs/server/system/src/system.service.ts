import { Injectable } from '@nestjs/common';
import { CORE_VERSION } from '@opencx/plugin-sdk';
import { DatabaseHealth } from '@opencx/server-database';
import { SystemInfoModel } from './system.models';

@Injectable()
export class SystemService {
  private readonly startedAt = new Date();

  constructor(private readonly database: DatabaseHealth) {}

  async info(): Promise<SystemInfoModel> {
    const db = await this.database.status();
    return {
      version: CORE_VERSION,
      nodeVersion: process.version,
      startedAt: this.startedAt,
      database: { reachable: db.reachable, serverVersion: db.serverVersion, migrationsApplied: db.migrationsApplied, migrationsPending: db.migrationsPending },
    };
  }

  async ready(): Promise<{ ready: boolean; reason?: string }> {
    const db = await this.database.status();
    if (!db.reachable) return { ready: false, reason: `database unreachable: ${db.error}` };
    if (db.migrationsPending.length > 0) return { ready: false, reason: `pending migrations: ${db.migrationsPending.join(', ')}` };
    return { ready: true };
  }
}
