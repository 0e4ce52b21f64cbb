import { Inject, Injectable, Optional } from '@nestjs/common';
import { CORE_VERSION } from '@opencx/domain';
import { DatabaseHealth } from '@opencx/server-database';
import type { SystemDetailsModel, SystemInfoModel } from './models';
import { PLUGIN_CONTENT_CHANGES, type PluginContentChanges } from './plugin-content-changes.port';

@Injectable()
export class SystemService {
  private readonly startedAt = new Date();

  constructor(
    private readonly database: DatabaseHealth,
    @Optional() @Inject(PLUGIN_CONTENT_CHANGES) private readonly plugins?: PluginContentChanges,
  ) {}

  /** What anyone may know: versions of the runtime and database, migration names and errors stay out. */
  async status(): Promise<SystemInfoModel> {
    const db = await this.database.status();
    return { version: CORE_VERSION, ready: db.reachable && db.migrationsPending.length === 0, database: { reachable: db.reachable } };
  }

  async details(): Promise<SystemDetailsModel> {
    const db = await this.database.status();
    return {
      version: CORE_VERSION,
      nodeVersion: process.version,
      startedAt: this.startedAt,
      database: { reachable: db.reachable, serverVersion: db.serverVersion, migrationsApplied: db.migrationsApplied, migrationsPending: db.migrationsPending },
      pluginContentChanges: [...(this.plugins?.contentChanges() ?? [])],
    };
  }

  /** Readiness with its reason; the reason (database error text, migration names) is for the logs only. */
  async ready(): Promise<{ ready: boolean; reason?: string }> {
    const db = await this.database.status();
    if (!db.reachable) return { ready: false, reason: `database unreachable: ${db.error}` };
    if (db.migrationsPending.length > 0) return { ready: false, reason: `pending migrations: ${db.migrationsPending.join(', ')}` };
    return { ready: true };
  }
}
