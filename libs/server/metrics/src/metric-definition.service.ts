import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { TenantDb, type TenantTx, type WorkspaceContext } from '@opencx/server-database';
import { MetricDefinitionEntity } from './metric-definition.entity';
import { CORE_METRICS, METRIC_FORMULAS, type MetricSeed } from './core-metrics';

@Injectable()
export class MetricDefinitionService {
  constructor(private readonly db: TenantDb) {}

  list(ctx: WorkspaceContext): Promise<MetricDefinitionEntity[]> {
    return this.db.read(ctx, (tx) => tx.find(MetricDefinitionEntity, {}, { order: { key: 'ASC' } }));
  }

  /** The workspace's definitions with these keys (absent keys are simply missing from the map). */
  async byKeys(tx: TenantTx, keys: readonly string[]): Promise<Map<string, MetricDefinitionEntity>> {
    const wanted = [...new Set(keys)];
    const rows = wanted.length ? await tx.find(MetricDefinitionEntity, { key: In(wanted) }) : [];
    return new Map(rows.map((d) => [d.key, d]));
  }

  /**
   * Makes sure the workspace has a definition for each key (core metrics, or the given presets).
   * Existing definitions are left exactly as they are: a plugin upgrade never rewrites a
   * workspace's targets or formulas.
   */
  async ensure(tx: TenantTx, keys: readonly string[], presets: readonly MetricSeed[], source: { pluginId: string; version: string } | null): Promise<Map<string, MetricDefinitionEntity>> {
    const wanted = [...new Set(keys)];
    const existing = wanted.length ? await tx.find(MetricDefinitionEntity, { key: In(wanted) }) : [];
    const have = new Map(existing.map((d) => [d.key, d]));
    for (const key of wanted) {
      if (have.has(key)) continue;
      const core = CORE_METRICS.find((m) => m.key === key);
      const seed = core ?? presets.find((m) => m.key === key);
      if (!seed) throw new Error(`no metric preset for key "${key}"`);
      await tx.query(
        `INSERT INTO metric_definition (workspace_id, id, key, kind, name_en, name_zh, unit, scale_min, scale_max, direction, formula, target, warning_threshold, source_plugin_id, source_version)
         VALUES ($1, gen_random_uuid(), $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
         ON CONFLICT (workspace_id, key) DO NOTHING`,
        [seed.key, seed.kind, seed.name.en, seed.name['zh-CN'], seed.unit ?? null, seed.scale.min, seed.scale.max, seed.direction, METRIC_FORMULAS[seed.kind], seed.defaultTarget, seed.warningThreshold ?? null, core ? null : (source?.pluginId ?? null), core ? null : (source?.version ?? null)],
      );
    }
    const all = wanted.length ? await tx.find(MetricDefinitionEntity, { key: In(wanted) }) : [];
    return new Map(all.map((d) => [d.key, d]));
  }
}
