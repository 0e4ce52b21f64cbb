import { Injectable } from '@nestjs/common';
import type { MetricDirection, MetricKind, WindowCounters } from '@opencx/domain';
import type { TenantTx } from '@opencx/server-database';
import { definitionsWithBindings, EMPTY, type Counters, type DefinitionRow } from './kpi.service';
import type { KpiGranularity } from './models';
import { NO_SITE } from './metric-rollup.service';

interface CountRow {
  n: string;
  sum: number;
  sum_squares: number;
  promoters: string;
  passives: string;
  detractors: string;
  top2_box: string;
  within_target: string;
}

const SUMS = `sum(r.n) AS n, sum(r.sum)::float8 AS sum, sum(r.sum_squares)::float8 AS sum_squares, sum(r.promoters) AS promoters,
  sum(r.passives) AS passives, sum(r.detractors) AS detractors, sum(r.top2_box) AS top2_box, sum(r.within_target) AS within_target`;

const countersOf = (r: CountRow): Counters => ({
  ...EMPTY,
  n: Number(r.n),
  sum: r.sum,
  sumSquares: r.sum_squares,
  promoters: Number(r.promoters),
  passives: Number(r.passives),
  detractors: Number(r.detractors),
  top2: Number(r.top2_box),
  within: Number(r.within_target),
});

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

export interface SiteCounters {
  siteId: string;
  counters: Counters;
}

export interface JourneyCell {
  journeyId: string;
  metricId: string;
  /** First day of the bucket; null for the whole window. */
  bucket: string | null;
  /** Set for per-touchpoint totals over the window (bucket is then null). */
  touchpointId: string | null;
  counters: Counters;
}

/**
 * The one reader of summed roll-up counters for other contexts: the analytics they build (league
 * tables, key-driver performance, the executive overview) and comparisons that are not a KPI report
 * (an action's before/after and its control touchpoints, a touchpoint's recent figure against its
 * target). Reads `metric_rollup`, `emotion_rollup`, `metric_definition` and `touchpoint_metric`
 * only: one bounded statement per call, never a raw response.
 */
@Injectable()
export class RollupReader {
  /** The workspace's metric definitions with their target overrides among the given touchpoints. */
  definitions(tx: TenantTx, touchpointIds: readonly string[]): Promise<DefinitionRow[]> {
    return definitionsWithBindings(tx, touchpointIds);
  }

  /** A metric's counters per site over a window (feedback without a site left out), optionally within one journey. */
  async bySite(tx: TenantTx, metricId: string, from: string, to: string, journeyId: string | null): Promise<SiteCounters[]> {
    const rows = await tx.query<CountRow & { site_id: string }>(
      `SELECT r.site_id, ${SUMS}
         FROM metric_rollup r
        WHERE r.workspace_id = $1 AND r.metric_definition_id = $2 AND r.day BETWEEN $3::date AND $4::date
          AND r.site_id <> $5::uuid AND ($6::uuid IS NULL OR r.journey_id = $6::uuid)
        GROUP BY r.site_id`,
      [metricId, from, to, NO_SITE, journeyId],
    );
    return rows.map((r) => ({ siteId: r.site_id, counters: countersOf(r) }));
  }

  /**
   * Per journey × metric: the window's total, each bucket, and each touchpoint's total — one
   * GROUPING SETS aggregate over the roll-ups whatever the number of journeys.
   */
  async byJourney(tx: TenantTx, journeyIds: readonly string[], metricIds: readonly string[], from: string, to: string, granularity: KpiGranularity): Promise<JourneyCell[]> {
    if (!journeyIds.length || !metricIds.length) return [];
    const rows = await tx.query<CountRow & { journey_id: string; metric: string; bucket: string | null; touchpoint_id: string | null; all_buckets: number; all_touchpoints: number }>(
      `WITH c AS (
         SELECT r.journey_id, r.metric_definition_id AS metric, r.touchpoint_id, date_trunc($4::text, r.day::timestamp)::date AS bucket,
                sum(r.n) AS n, sum(r.sum) AS sum, sum(r.sum_squares) AS sum_squares, sum(r.promoters) AS promoters, sum(r.passives) AS passives,
                sum(r.detractors) AS detractors, sum(r.top2_box) AS top2_box, sum(r.within_target) AS within_target
           FROM metric_rollup r
          WHERE r.workspace_id = $1 AND r.day BETWEEN $2::date AND $3::date AND r.journey_id = ANY($5::uuid[]) AND r.metric_definition_id = ANY($6::uuid[])
          GROUP BY 1, 2, 3, 4)
       SELECT r.journey_id, r.metric, r.touchpoint_id, to_char(r.bucket, 'YYYY-MM-DD') AS bucket,
              GROUPING(r.bucket) AS all_buckets, GROUPING(r.touchpoint_id) AS all_touchpoints, ${SUMS}
         FROM c r
        GROUP BY GROUPING SETS ((r.journey_id, r.metric), (r.journey_id, r.metric, r.bucket), (r.journey_id, r.metric, r.touchpoint_id))`,
      [from, to, granularity.toLowerCase(), journeyIds, metricIds],
    );
    return rows.map((r) => ({
      journeyId: r.journey_id,
      metricId: r.metric,
      bucket: r.all_buckets ? null : r.bucket,
      touchpointId: r.all_touchpoints ? null : r.touchpoint_id,
      counters: countersOf(r),
    }));
  }

  /** One metric definition by id (null when it is not in the workspace). */
  async metricDefinition(tx: TenantTx, metricDefinitionId: string): Promise<WindowMetric | null> {
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
  async windowSums(tx: TenantTx, metricDefinitionId: string, windows: readonly RollupWindow[]): Promise<WindowCounters[]> {
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
