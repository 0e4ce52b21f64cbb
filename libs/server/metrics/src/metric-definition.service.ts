import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { TenantDb, type TenantTx, type WorkspaceContext } from '@opencx/server-database';
import { MetricDefinitionEntity } from './metric-definition.entity';
import { CORE_METRICS, METRIC_FORMULAS, type MetricSeed } from './core-metrics';

export interface TouchpointMetricBinding {
  /** Template key of the touchpoint inside the journey (touchpoint.template_key). */
  touchpointKey: string;
  metricKeys: readonly string[];
}

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

  /** Binds metrics to a journey's touchpoints by their template keys, in one statement. */
  async bindByTemplateKeys(tx: TenantTx, journeyId: string, bindings: readonly TouchpointMetricBinding[], definitions: Map<string, MetricDefinitionEntity>): Promise<number> {
    const rows = bindings.flatMap((b) => b.metricKeys.map((key, position) => ({ touchpointKey: b.touchpointKey, definitionId: definitions.get(key)?.id, position })));
    if (rows.some((r) => !r.definitionId)) throw new Error('metric binding references an unknown definition');
    if (!rows.length) return 0;
    const inserted = await tx.query(
      `INSERT INTO touchpoint_metric (workspace_id, journey_id, touchpoint_id, metric_definition_id, position)
       SELECT $1, $2, t.id, b.definition_id, b.position
         FROM unnest($3::text[], $4::uuid[], $5::int[]) AS b(touchpoint_key, definition_id, position)
         JOIN touchpoint t ON t.workspace_id = $1 AND t.journey_id = $2 AND t.template_key = b.touchpoint_key
       RETURNING touchpoint_id`,
      [journeyId, rows.map((r) => r.touchpointKey), rows.map((r) => r.definitionId), rows.map((r) => r.position)],
    );
    return inserted.length;
  }
}
