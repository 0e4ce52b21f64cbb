import { Injectable } from '@nestjs/common';
import { DURATION_BUCKET_LOWER_BOUNDS } from '@opencx/domain';
import type { TenantTx } from '@opencx/server-database';
import { WorkspaceService } from '@opencx/server-identity';

/** "No site" in roll-up keys (site_id is part of the primary key, so it cannot be NULL). */
export const NO_SITE = '00000000-0000-0000-0000-000000000000';

/**
 * New measurements to count, column by column (one array per column, same length): each survey
 * score of a response and each operational observation is one measurement of one metric.
 */
export interface Measurements {
  touchpointId: string[];
  journeyId: string[];
  metricDefinitionId: string[];
  siteId: (string | null)[];
  segment: string[];
  occurredAt: Date[];
  value: number[];
  /** The touchpoint's SLA in minutes: a duration is "within target" when at most this (else the metric's target). */
  slaMinutes: (number | null)[];
}

export const emptyMeasurements = (): Measurements => ({ touchpointId: [], journeyId: [], metricDefinitionId: [], siteId: [], segment: [], occurredAt: [], value: [], slaMinutes: [] });

const BUCKETS = DURATION_BUCKET_LOWER_BOUNDS.length;
const HIST_COUNTS = Array.from({ length: BUCKETS }, (_, k) => `coalesce(sum(m.c) FILTER (WHERE b.k = ${k + 1}), 0)`).join(', ');
const count = (condition: string) => `coalesce(sum(m.c) FILTER (WHERE ${condition}), 0)`;

/** The counters of measurement groups `m` summed per key and `period` (an expression over `m.day`). */
const countersSql = (period: string, buckets: string) => `
  SELECT m.touchpoint_id, m.metric_definition_id, m.site_id, m.segment, ${period} AS period, m.journey_id,
         sum(m.c) AS n, sum(m.value * m.c) AS sum, sum(m.value * m.value * m.c) AS sum_squares,
         ${count(`d.kind = 'nps' AND m.value >= 9`)} AS promoters,
         ${count(`d.kind = 'nps' AND m.value >= 7 AND m.value < 9`)} AS passives,
         ${count(`d.kind = 'nps' AND m.value < 7`)} AS detractors,
         ${count(`d.kind IN ('nps', 'csat', 'ces') AND m.value >= d.scale_max`)} AS top_box,
         ${count(`(d.kind = 'csat' AND m.value >= 4) OR (d.kind = 'ces' AND m.value >= 5) OR (d.kind = 'rate' AND m.value = 1)`)} AS top2_box,
         ${count(`(d.kind = 'duration' AND m.value <= coalesce(m.sla, tm.target_override, d.target))
           OR (d.kind = 'numeric' AND d.direction = 'higher_is_better' AND m.value >= coalesce(tm.target_override, d.target))
           OR (d.kind = 'numeric' AND d.direction = 'lower_is_better' AND m.value <= coalesce(tm.target_override, d.target))`)} AS within_target,
         CASE WHEN d.kind = 'duration' THEN ARRAY[${HIST_COUNTS}] ELSE '{}'::bigint[] END AS hist
    FROM m
    JOIN metric_definition d ON d.workspace_id = $1 AND d.id = m.metric_definition_id
    LEFT JOIN touchpoint_metric tm ON tm.workspace_id = $1 AND tm.touchpoint_id = m.touchpoint_id AND tm.metric_definition_id = m.metric_definition_id
    CROSS JOIN LATERAL (SELECT CASE WHEN d.kind = 'duration' THEN width_bucket(m.value, ${buckets}::numeric[]) END AS k) b
   GROUP BY 1, 2, 3, 4, 5, 6, d.kind
   ORDER BY 1, 2, 5, 3, 4`;

const COUNTER_COLUMNS = 'n, sum, sum_squares, promoters, passives, detractors, top_box, top2_box, within_target, hist';
const ADD_COUNTERS = `
    n = r.n + excluded.n,
    sum = r.sum + excluded.sum,
    sum_squares = r.sum_squares + excluded.sum_squares,
    promoters = r.promoters + excluded.promoters,
    passives = r.passives + excluded.passives,
    detractors = r.detractors + excluded.detractors,
    top_box = r.top_box + excluded.top_box,
    top2_box = r.top2_box + excluded.top2_box,
    within_target = r.within_target + excluded.within_target,
    -- Survey roll-ups carry no histogram: skip the per-row subquery for them (most updated rows).
    hist = CASE WHEN cardinality(excluded.hist) = 0 THEN r.hist
                ELSE coalesce((SELECT array_agg(coalesce(a, 0) + coalesce(b, 0) ORDER BY i)
                                 FROM unnest(r.hist, excluded.hist) WITH ORDINALITY AS h(a, b, i)), '{}') END`;

const intoPeriods = (grain: 'week' | 'month', buckets: string) => `
  INSERT INTO metric_rollup_period AS r (workspace_id, grain, touchpoint_id, metric_definition_id, site_id, segment, period_start, journey_id, ${COUNTER_COLUMNS})
  SELECT $1, '${grain}', g.* FROM (${countersSql(`date_trunc('${grain}', m.day::timestamp)::date`, buckets)}) g
  ON CONFLICT (workspace_id, grain, touchpoint_id, metric_definition_id, period_start, site_id, segment) DO UPDATE SET ${ADD_COUNTERS}`;

/**
 * Absorbs measurement groups (`measurements` yields one row per key and value with its count `c`
 * and local `day`) into the daily roll-ups and the weekly and monthly ones (metric_rollup_period)
 * in one statement, in the caller's transaction (so a roll-up never counts rows that did not
 * commit, and never misses rows that did). Each table's groups are written in key order and the
 * tables always in the same order, so two concurrent batches lock shared roll-up rows in the same
 * order and cannot deadlock each other.
 */
const absorbSql = (measurements: string, buckets: string) => `
  WITH m AS MATERIALIZED (${measurements}),
  weekly AS (${intoPeriods('week', buckets)}),
  monthly AS (${intoPeriods('month', buckets)})
  INSERT INTO metric_rollup AS r (workspace_id, touchpoint_id, metric_definition_id, site_id, segment, day, journey_id, ${COUNTER_COLUMNS})
  SELECT $1, g.* FROM (${countersSql('m.day', buckets)}) g
  ON CONFLICT (workspace_id, touchpoint_id, metric_definition_id, day, site_id, segment) DO UPDATE SET ${ADD_COUNTERS}`;

const SLOT_MS = 15 * 60000;
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar day (YYYY-MM-DD) of instants in a time zone, memoised per 15-minute slot: every
 * UTC offset in use is a whole number of quarter hours, so local midnight and zone transitions fall
 * on slot boundaries and one slot is one day. A slot whose two ends still read different days
 * (a historical odd offset) is not memoised and each instant in it is formatted on its own.
 * One formatter call per slot instead of per row: a day's 1,000 answers cost ~100 calls.
 */
export function localDayOf(timeZone: string): (at: Date) => string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  const f = format;
  const slots = new Map<number, string | null>();
  return (at: Date) => {
    const t = at.getTime();
    const slot = Math.floor(t / SLOT_MS);
    let day = slots.get(slot);
    if (day === undefined) {
      const start = f.format(slot * SLOT_MS);
      day = start === f.format(slot * SLOT_MS + SLOT_MS - 1) ? start : null;
      slots.set(slot, day);
    }
    return day ?? f.format(t);
  };
}

/** Measurements counted per key and value in Node, one row per group with its count `c` and local day. */
const ABSORB_SQL = absorbSql(
  `SELECT touchpoint_id, metric_definition_id, coalesce(site_id, '${NO_SITE}'::uuid) AS site_id, segment, day, journey_id, value, sla, c
     FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::text[], $7::date[], $8::numeric[], $9::numeric[], $10::bigint[])
          AS u(touchpoint_id, journey_id, metric_definition_id, site_id, segment, day, value, sla, c)`,
  '$11',
);

/** Measurements read from a FROM-item (a staging table), grouped and given their local day by PostgreSQL ($2 = time zone). */
const groupedFrom = (from: string) => `
  SELECT touchpoint_id, metric_definition_id, coalesce(site_id, '${NO_SITE}'::uuid) AS site_id, segment,
         (occurred_at AT TIME ZONE $2)::date AS day, journey_id, value, sla, count(*) AS c
    FROM ${from}
   GROUP BY 1, 2, 3, 4, 5, 6, 7, 8`;

/** A FROM-item yielding measurement rows (see `absorbFrom`); its parameters start at `$4`. */
export interface MeasurementSource {
  /** Aliased `u(touchpoint_id, journey_id, metric_definition_id, site_id, segment, occurred_at, value, sla)`. */
  from: string;
  params: unknown[];
}

/** Owns `metric_rollup`: incremental daily counters that dashboards read instead of raw rows. */
@Injectable()
export class MetricRollupService {
  constructor(private readonly workspaces: WorkspaceService) {}

  /**
   * Counts new measurements into the roll-ups of their days (in the workspace's time zone at the
   * time of ingestion). Call it in the transaction that inserts the measured rows, with only the
   * rows that were actually new, so every committed row is counted exactly once.
   */
  async absorb(tx: TenantTx, m: Measurements): Promise<void> {
    if (!m.touchpointId.length) return;
    const dayOf = localDayOf(await this.workspaces.timeZone(tx));
    const groups = new Map<string, number>();
    const first: number[] = [];
    const counts: number[] = [];
    const days: string[] = [];
    for (let i = 0; i < m.touchpointId.length; i++) {
      const day = dayOf(m.occurredAt[i]);
      // The free-text segment goes last: every field before it has a fixed shape, so keys cannot collide.
      const key = `${m.touchpointId[i]}|${m.metricDefinitionId[i]}|${m.siteId[i] ?? ''}|${day}|${m.value[i]}|${m.slaMinutes[i] ?? ''}|${m.journeyId[i]}|${m.segment[i]}`;
      const k = groups.get(key);
      if (k === undefined) {
        groups.set(key, first.length);
        first.push(i);
        days.push(day);
        counts.push(1);
      } else counts[k]++;
    }
    await tx.query(ABSORB_SQL, [
      first.map((i) => m.touchpointId[i]),
      first.map((i) => m.journeyId[i]),
      first.map((i) => m.metricDefinitionId[i]),
      first.map((i) => m.siteId[i]),
      first.map((i) => m.segment[i]),
      days,
      first.map((i) => m.value[i]),
      first.map((i) => m.slaMinutes[i]),
      counts,
      DURATION_BUCKET_LOWER_BOUNDS,
    ]);
  }

  /**
   * The same counting, reading the measurements from a FROM-item in the caller's transaction
   * (a bulk import's staging table) instead of parameter arrays: nothing travels through Node.
   */
  async absorbFrom(tx: TenantTx, source: MeasurementSource): Promise<void> {
    const timeZone = await this.workspaces.timeZone(tx);
    await tx.query(absorbSql(groupedFrom(source.from), '$3'), [timeZone, DURATION_BUCKET_LOWER_BOUNDS, ...source.params]);
  }
}
