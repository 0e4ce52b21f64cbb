import { Injectable } from '@nestjs/common';
import type { MetricDirection, MetricKind, WindowCounters } from '@opencx/domain';
import type { TenantTx } from '@opencx/server-database';

/** One window to sum: some touchpoints over some local days (inclusive). */
export interface RollupWindow {
  touchpointIds: readonly string[];
  from: string;
  to: string;
}

export interface WindowMetric {
  id: string;
  key: string;
  kind: MetricKind;
  direction: MetricDirection;
  nameEn: string;
  nameZh: string;
  target: number | null;
}

/**
 * Summed roll-up counters over windows of days, for comparisons that are not a KPI report (an
 * action's before/after and its control touchpoints, a touchpoint's recent figure against its
 * target). Reads `metric_rollup`, `emotion_rollup` and `metric_definition` only.
 */
@Injectable()
export class MetricWindowService {
  async definition(tx: TenantTx, metricDefinitionId: string): Promise<WindowMetric | null> {
    const rows = await tx.query<WindowMetric & { target: string | null }>(
      `SELECT id, key, kind, direction, name_en AS "nameEn", name_zh AS "nameZh", target FROM metric_definition WHERE workspace_id = $1 AND id = $2`,
      [metricDefinitionId],
    );
    return rows[0] ? { ...rows[0], target: rows[0].target === null ? null : Number(rows[0].target) } : null;
  }

  /** The given touchpoints that have the metric bound to them. */
  async boundTouchpoints(tx: TenantTx, metricDefinitionId: string, touchpointIds: readonly string[]): Promise<string[]> {
    if (!touchpointIds.length) return [];
    const rows = await tx.query<{ touchpoint_id: string }>(
      `SELECT touchpoint_id FROM touchpoint_metric WHERE workspace_id = $1 AND metric_definition_id = $2 AND touchpoint_id = ANY($3::uuid[]) ORDER BY touchpoint_id`,
      [metricDefinitionId, touchpointIds],
    );
    return rows.map((r) => r.touchpoint_id);
  }

  /** The metric's counters summed over each window, in order: one statement for all windows. */
  async sums(tx: TenantTx, metricDefinitionId: string, windows: readonly RollupWindow[]): Promise<WindowCounters[]> {
    if (!windows.length) return [];
    const rows = await tx.query<Record<string, string | number | null>>(
      `SELECT w.i, coalesce(sum(r.n), 0) AS n, coalesce(sum(r.sum), 0)::float8 AS sum, coalesce(sum(r.sum_squares), 0)::float8 AS sum_squares,
              coalesce(sum(r.promoters), 0) AS promoters, coalesce(sum(r.passives), 0) AS passives, coalesce(sum(r.detractors), 0) AS detractors,
              coalesce(sum(r.top2_box), 0) AS top2
         FROM unnest($3::int[], $4::text[], $5::date[], $6::date[]) AS w(i, tps, day_from, day_to)
         LEFT JOIN metric_rollup r ON r.workspace_id = $1 AND r.metric_definition_id = $2
              AND r.touchpoint_id = ANY(string_to_array(w.tps, ',')::uuid[]) AND r.day BETWEEN w.day_from AND w.day_to
        GROUP BY w.i ORDER BY w.i`,
      [metricDefinitionId, windows.map((_, i) => i), windows.map((w) => w.touchpointIds.join(',')), windows.map((w) => w.from), windows.map((w) => w.to)],
    );
    return rows.map((r) => ({
      n: Number(r.n),
      sum: Number(r.sum),
      sumSquares: Number(r.sum_squares),
      promoters: Number(r.promoters),
      passives: Number(r.passives),
      detractors: Number(r.detractors),
      top2: Number(r.top2),
    }));
  }

  /** Measured-emotion counters (n, Σe, Σe² of response emotions on −1…+1) per touchpoint over a window. */
  async emotionSums(tx: TenantTx, touchpointIds: readonly string[], from: string, to: string): Promise<Map<string, { n: number; sum: number; sumSquares: number }>> {
    if (!touchpointIds.length) return new Map();
    const rows = await tx.query<{ touchpoint_id: string; n: string; sum: number; sum_squares: number }>(
      `SELECT touchpoint_id, sum(n) AS n, sum(sum)::float8 AS sum, sum(sum_squares)::float8 AS sum_squares
         FROM emotion_rollup WHERE workspace_id = $1 AND touchpoint_id = ANY($2::uuid[]) AND day BETWEEN $3::date AND $4::date
        GROUP BY touchpoint_id`,
      [touchpointIds, from, to],
    );
    return new Map(rows.map((r) => [r.touchpoint_id, { n: Number(r.n), sum: r.sum, sumSquares: r.sum_squares }]));
  }
}
