import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from './tenancy/tenant-db';

/** One plugin version as loaded: its manifest and the hash of its content. */
export interface PluginRelease {
  pluginId: string;
  version: string;
  contentHash: string;
  manifest: unknown;
}

/**
 * The plugin_release table (global: plugins are installed per deployment). The first load of a
 * version records it; later loads keep that record, so a manifest changed under the same version
 * shows as a different hash, and older template versions stay readable for diffs.
 */
@Injectable()
export class PluginReleaseLedger {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** False when the API was assembled without a database (the schema emitter): nothing can be recorded. */
  get connected(): boolean {
    return this.dataSource.isInitialized;
  }

  /** Records the releases not seen before (one statement) and answers with what is recorded for each, new or old. */
  async record(releases: readonly PluginRelease[]): Promise<PluginRelease[]> {
    if (releases.length === 0) return [];
    const rows: { plugin_id: string; version: string; content_hash: string; manifest: unknown }[] = await this.dataSource.query(
      `INSERT INTO plugin_release (plugin_id, version, content_hash, manifest)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[])
       ON CONFLICT (plugin_id, version) DO UPDATE SET last_loaded_at = now()
       RETURNING plugin_id, version, content_hash, manifest`,
      [releases.map((r) => r.pluginId), releases.map((r) => r.version), releases.map((r) => r.contentHash), releases.map((r) => JSON.stringify(r.manifest))],
    );
    return rows.map((r) => ({ pluginId: r.plugin_id, version: r.version, contentHash: r.content_hash, manifest: r.manifest }));
  }

  /** Every recorded version of a plugin, oldest first. */
  async history(pluginId: string): Promise<PluginRelease[]> {
    const rows: { version: string; content_hash: string; manifest: unknown }[] = await this.dataSource.query(
      `SELECT version, content_hash, manifest FROM plugin_release WHERE plugin_id = $1 ORDER BY first_loaded_at, version`,
      [pluginId],
    );
    return rows.map((r) => ({ pluginId, version: r.version, contentHash: r.content_hash, manifest: r.manifest }));
  }
}
