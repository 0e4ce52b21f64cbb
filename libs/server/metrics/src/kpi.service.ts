import { Inject, Injectable } from '@nestjs/common';
import { DURATION_BUCKET_LOWER_BOUNDS, kpiStatus, meanSampleFromSums, npsDifferenceTest, twoProportionTest, welchTest, type SignificanceResult, LOW_SAMPLE_N, meanFromSums, nps, percentileFromHistogram, topBox, type MetricDirection, type MetricFigure, type MetricKind } from '@opencx/domain';
import { OpenCxError } from '@opencx/server-core';
import { TenantDb, type TenantTx, type WorkspaceContext } from '@opencx/server-database';
import { TOUCHPOINT_PLACES, type TouchpointPlaces } from './touchpoint-places.port';
import { KpiChildKind, KpiGranularity, KpiScope, type KpiBucketModel, type KpiChangeModel, type KpiChildModel, type KpiFigureModel, type KpiMetricModel, type KpiReportModel } from './models';
import { type KpisArgs } from './inputs';
import { NO_SITE } from './metric-rollup.service';

/** More buckets than this is not a chart anyone reads (and bounds the work per call). */
const MAX_BUCKETS = 1000;
// Only duration roll-ups carry a histogram; the FILTER spares the other rows fifteen subscripts and sums each.
const HIST_CELLS = DURATION_BUCKET_LOWER_BOUNDS.map((_, k) => `sum(r.hist[${k + 1}]) FILTER (WHERE cardinality(r.hist) > 0) AS h${k}`).join(', ');
const HIST_SUMS = DURATION_BUCKET_LOWER_BOUNDS.map((_, k) => `sum(c.h${k})::float8 AS h${k}`).join(', ');

/** Summed roll-up counters of one cell (metric × bucket? × child?). */
export interface Counters {
  n: number;
  sum: number;
  sumSquares: number;
  promoters: number;
  passives: number;
  detractors: number;
  top2: number;
  within: number;
  hist: number[];
}

interface CellRow {
  metric: string;
  bucket: string | null;
  child: string | null;
  all_buckets: number;
  all_children: number;
  n: string;
  sum: number;
  sum_squares: number;
  promoters: string;
  passives: string;
  detractors: string;
  top2_box: string;
  within_target: string;
  [h: `h${number}`]: number | null;
}

export interface DefinitionRow {
  id: string;
  key: string;
  kind: MetricKind;
  name_en: string;
  name_zh: string;
  unit: string | null;
  direction: MetricDirection;
  target: string | null;
  warning_threshold: string | null;
  bindings: { touchpointId: string; target: number | null; warning: number | null }[];
}

const num = (v: string | number | null) => (v === null ? null : Number(v));

/** The workspace's metric definitions, each with its bindings (target/warning overrides) among the given touchpoints: one statement. */
export function definitionsWithBindings(tx: TenantTx, touchpointIds: readonly string[]): Promise<DefinitionRow[]> {
  return tx.query<DefinitionRow>(
    `SELECT d.id, d.key, d.kind, d.name_en, d.name_zh, d.unit, d.direction, d.target, d.warning_threshold,
            coalesce(json_agg(json_build_object('touchpointId', tm.touchpoint_id, 'target', tm.target_override, 'warning', tm.warning_override))
                     FILTER (WHERE tm.touchpoint_id IS NOT NULL), '[]') AS bindings
       FROM metric_definition d
       LEFT JOIN touchpoint_metric tm ON tm.workspace_id = d.workspace_id AND tm.metric_definition_id = d.id AND tm.touchpoint_id = ANY($2::uuid[])
      WHERE d.workspace_id = $1
      GROUP BY d.id, d.key, d.kind, d.name_en, d.name_zh, d.unit, d.direction, d.target, d.warning_threshold
      ORDER BY d.key`,
    [touchpointIds],
  );
}

/** Local calendar arithmetic on YYYY-MM-DD (UTC dates stand in for the workspace's days). */
export const parseDay = (field: string, s: string): Date => {
  const d = new Date(`${s}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s) throw OpenCxError.badInput(field, 'must be a real calendar date YYYY-MM-DD');
  return d;
};
const iso = (d: Date) => d.toISOString().slice(0, 10);

function bucketStart(day: Date, g: KpiGranularity): Date {
  if (g === KpiGranularity.DAY) return day;
  if (g === KpiGranularity.MONTH) return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), 1));
  const monday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - monday * 86400000);
}

export function bucketsBetween(from: Date, to: Date, g: KpiGranularity): string[] {
  const out: string[] = [];
  let b = bucketStart(from, g);
  while (b <= to) {
    out.push(iso(b));
    if (out.length > MAX_BUCKETS) throw OpenCxError.badInput('granularity', `the window holds more than ${MAX_BUCKETS} buckets; choose a coarser granularity or a shorter window`);
    b = g === KpiGranularity.MONTH ? new Date(Date.UTC(b.getUTCFullYear(), b.getUTCMonth() + 1, 1)) : new Date(b.getTime() + (g === KpiGranularity.WEEK ? 7 : 1) * 86400000);
  }
  return out;
}

/**
 * The whole weeks or months of a window (`grain` 'week' / 'month' and the period starts
 * `from` ≤ start < `to`) that the coarse roll-ups answer; the days of the window before `from` and
 * from `to` on are read from the daily roll-ups. A daily report, or a window holding no whole
 * period, reads only daily roll-ups (`from` = `to` = the day after the window).
 */
export function coarseSpan(from: Date, to: Date, g: KpiGranularity): { grain: 'week' | 'month' | null; from: Date; to: Date } {
  const end = new Date(to.getTime() + 86400000);
  if (g === KpiGranularity.DAY) return { grain: null, from: end, to: end };
  const next = (b: Date) => (g === KpiGranularity.MONTH ? new Date(Date.UTC(b.getUTCFullYear(), b.getUTCMonth() + 1, 1)) : new Date(b.getTime() + 7 * 86400000));
  const first = bucketStart(from, g).getTime() === from.getTime() ? from : next(bucketStart(from, g));
  const last = bucketStart(end, g);
  if (last <= first) return { grain: null, from: end, to: end };
  return { grain: g === KpiGranularity.MONTH ? 'month' : 'week', from: first, to: last };
}

/**
 * Roll-up rows covering [$2, $3]: daily rows for the days outside the whole periods [$8, $9),
 * and the coarse rows of grain $7 for those periods (their `day` is the period's first day, so
 * `date_trunc` to the report's granularity puts them in the right bucket).
 */
const ROLLUP_ROWS = `
  SELECT touchpoint_id, metric_definition_id, site_id, segment, day, n, sum, sum_squares, promoters, passives, detractors, top2_box, within_target, hist
    FROM metric_rollup WHERE workspace_id = $1 AND day >= $2::date AND day < $8::date AND day <= $3::date
  UNION ALL
  SELECT touchpoint_id, metric_definition_id, site_id, segment, day, n, sum, sum_squares, promoters, passives, detractors, top2_box, within_target, hist
    FROM metric_rollup WHERE workspace_id = $1 AND day >= $9::date AND day <= $3::date
  UNION ALL
  SELECT touchpoint_id, metric_definition_id, site_id, segment, period_start, n, sum, sum_squares, promoters, passives, detractors, top2_box, within_target, hist
    FROM metric_rollup_period WHERE workspace_id = $1 AND grain = $7::text AND period_start >= $8::date AND period_start < $9::date`;

export const EMPTY: Counters = { n: 0, sum: 0, sumSquares: 0, promoters: 0, passives: 0, detractors: 0, top2: 0, within: 0, hist: [] };

/**
 * Turns summed counters into the reported figure of DESIGN.md §3 for the metric's kind.
 * NPS: adjusted-Wald; CSAT, CES and rates: top-box share with a Wilson interval; CES also its mean;
 * numeric and duration: mean with a t interval; durations add p50/p90 and the share within SLA.
 */
export function figureOf(kind: MetricKind, direction: MetricDirection, c: Counters, target: number | null, warning: number | null): KpiFigureModel {
  let main: MetricFigure | null = null;
  let mean: MetricFigure | null = null;
  let within: MetricFigure | null = null;
  if (kind === 'nps') main = nps(c);
  else if (kind === 'csat' || kind === 'rate') main = topBox(c.top2, c.n);
  else if (kind === 'ces') {
    main = topBox(c.top2, c.n);
    mean = meanFromSums(c.n, c.sum, c.sumSquares);
  } else {
    main = meanFromSums(c.n, c.sum, c.sumSquares);
    mean = main;
    within = target === null && kind === 'numeric' ? null : topBox(c.within, c.n);
  }
  const hist = kind === 'duration' && c.n ? c.hist : null;
  return {
    value: main?.value ?? null,
    n: c.n,
    low: main?.interval.low ?? null,
    high: main?.interval.high ?? null,
    lowSample: c.n < LOW_SAMPLE_N,
    target,
    warningThreshold: warning,
    status: kpiStatus(main?.value ?? null, c.n, target, warning, direction),
    mean: mean?.value ?? null,
    meanLow: mean?.interval.low ?? null,
    meanHigh: mean?.interval.high ?? null,
    p50: hist ? percentileFromHistogram(hist, 0.5) : null,
    p90: hist ? percentileFromHistogram(hist, 0.9) : null,
    withinTarget: within?.value ?? null,
  };
}

/**
 * Is `b` different from `a` by more than noise? The test fits the figure's kind (libs/domain
 * significance): NPS by the NPS z, shares (CSAT, CES top-box, rates) by two proportions, means by Welch.
 */
export function changeBetween(kind: MetricKind, a: Counters, b: Counters): KpiChangeModel | null {
  let r: SignificanceResult | null;
  if (kind === 'nps') r = npsDifferenceTest(a, b);
  else if (kind === 'csat' || kind === 'ces' || kind === 'rate') r = twoProportionTest(a.top2, a.n, b.top2, b.n);
  else {
    const sa = meanSampleFromSums(a.n, a.sum, a.sumSquares);
    const sb = meanSampleFromSums(b.n, b.sum, b.sumSquares);
    r = sa && sb ? welchTest(sa, sb) : null;
  }
  return r && { difference: r.difference, low: r.interval.low, high: r.interval.high, pValue: r.pValue, significant: r.significant, method: r.method };
}

/** Owns the KPI read: every figure comes from the daily roll-ups, never from raw responses. */
@Injectable()
export class KpiService {
  constructor(
    private readonly db: TenantDb,
    @Inject(TOUCHPOINT_PLACES) private readonly touchpoints: TouchpointPlaces,
  ) {}

  /**
   * Three statements whatever the window: the scope's touchpoints (journeys' port), the metric
   * definitions with their per-touchpoint targets, and one GROUPING SETS aggregate over the roll-ups
   * giving totals, buckets, children and children × buckets at once.
   */
  async report(ctx: WorkspaceContext, args: KpisArgs): Promise<KpiReportModel> {
    const from = parseDay('from', args.from);
    const to = parseDay('to', args.to);
    if (to < from) throw OpenCxError.badInput('to', 'must not be before from');
    const buckets = bucketsBetween(from, to, args.granularity);

    return this.db.read(ctx, async (tx) => {
      const bySite = args.scope === KpiScope.SITE;
      const places = bySite ? [] : await this.touchpoints.within(tx, args.scope.toLowerCase() as 'journey' | 'stage' | 'touchpoint', args.id);
      if (!bySite && !places.length) {
        // An unknown id and a journey without touchpoints read the same: nothing measured.
        return { scope: args.scope, id: args.id, from: args.from, to: args.to, granularity: args.granularity, metrics: [] };
      }
      const childKind = { [KpiScope.JOURNEY]: KpiChildKind.STAGE, [KpiScope.STAGE]: KpiChildKind.TOUCHPOINT, [KpiScope.TOUCHPOINT]: KpiChildKind.SITE, [KpiScope.SITE]: KpiChildKind.TOUCHPOINT }[args.scope];
      const touchpointIds = places.map((p) => p.touchpointId);
      const childOf = places.map((p) => (childKind === KpiChildKind.STAGE ? p.stageId : p.touchpointId));
      // Fixed SQL per scope kind: nothing from the client reaches the statement text.
      const child = childKind === KpiChildKind.SITE ? 'r.site_id::text' : bySite ? 'r.touchpoint_id::text' : 'm.child';
      // $10/$11 are absent for a site's report, which filters on the site instead.
      const scopeJoin = bySite ? '' : 'JOIN unnest($10::uuid[], $11::text[]) AS m(touchpoint_id, child) ON m.touchpoint_id = r.touchpoint_id';
      const coarse = coarseSpan(from, to, args.granularity);
      const cellParams: unknown[] = [args.from, args.to, args.granularity.toLowerCase(), args.segment ?? null, bySite ? args.id : (args.site ?? null)];
      cellParams.push(coarse.grain, iso(coarse.from), iso(coarse.to));
      if (!bySite) cellParams.push(touchpointIds, childOf);
      const [definitions, cells] = await tx.all([
        () => definitionsWithBindings(tx, touchpointIds),
        () =>
          tx.query<CellRow>(
            // The finest cells (metric × bucket × child) first, then the four grouping sets over those few
            // hundred rows: each roll-up row feeds one aggregate, not four (a year of a journey's daily
            // roll-ups is ~170 k rows at 1 M responses).
            `WITH c AS (
               SELECT r.metric_definition_id AS metric, date_trunc($4::text, r.day::timestamp)::date AS bucket, ${child} AS child,
                      sum(r.n) AS n, sum(r.sum) AS s, sum(r.sum_squares) AS ss, sum(r.promoters) AS promoters, sum(r.passives) AS passives,
                      sum(r.detractors) AS detractors, sum(r.top2_box) AS top2_box, sum(r.within_target) AS within_target, ${HIST_CELLS}
                 FROM (${ROLLUP_ROWS}) r ${scopeJoin}
                WHERE ($5::text IS NULL OR r.segment = $5) AND ($6::uuid IS NULL OR r.site_id = $6::uuid)
                GROUP BY 1, 2, 3)
             SELECT c.metric, to_char(c.bucket, 'YYYY-MM-DD') AS bucket, c.child, GROUPING(c.bucket) AS all_buckets, GROUPING(c.child) AS all_children,
                    sum(c.n) AS n, sum(c.s)::float8 AS sum, sum(c.ss)::float8 AS sum_squares,
                    sum(c.promoters) AS promoters, sum(c.passives) AS passives, sum(c.detractors) AS detractors,
                    sum(c.top2_box) AS top2_box, sum(c.within_target) AS within_target, ${HIST_SUMS}
               FROM c
              GROUP BY GROUPING SETS ((c.metric), (c.metric, c.bucket), (c.metric, c.child), (c.metric, c.child, c.bucket))`,
            cellParams,
          ),
      ] as const);

      const counters = (row: CellRow): Counters => ({
        n: Number(row.n),
        sum: row.sum,
        sumSquares: row.sum_squares,
        promoters: Number(row.promoters),
        passives: Number(row.passives),
        detractors: Number(row.detractors),
        top2: Number(row.top2_box),
        within: Number(row.within_target),
        hist: DURATION_BUCKET_LOWER_BOUNDS.map((_, k) => Number(row[`h${k}`] ?? 0)),
      });
      const cellKey = (metric: string, bucket: string | null, childId: string | null | undefined) => `${metric}|${bucket ?? '*'}|${childId === undefined ? '*' : childId}`;
      const byKey = new Map(cells.map((r) => [cellKey(r.metric, r.all_buckets ? null : r.bucket, r.all_children ? undefined : r.child), r]));
      const metricsWithData = new Set(cells.map((r) => r.metric));

      const children: (string | null)[] = childKind === KpiChildKind.STAGE ? [...new Set(places.map((p) => p.stageId))] : childKind === KpiChildKind.TOUCHPOINT && !bySite ? touchpointIds : [];
      const metrics: KpiMetricModel[] = [];
      for (const d of definitions) {
        if (!metricsWithData.has(d.id) && !d.bindings.length) continue;
        const overrides = new Map(d.bindings.map((b) => [b.touchpointId, b]));
        const defTarget = num(d.target);
        const defWarning = num(d.warning_threshold);
        /** A single touchpoint's figures use its override; aggregates over several use the definition's. */
        const targetFor = (touchpointId: string | null) => {
          const o = touchpointId ? overrides.get(touchpointId) : undefined;
          return { target: num(o?.target ?? null) ?? defTarget, warning: num(o?.warning ?? null) ?? defWarning };
        };
        const figure = (c: Counters, touchpointId: string | null) => {
          const t = targetFor(touchpointId);
          return figureOf(d.kind, d.direction, c, t.target, t.warning);
        };
        const cell = (bucket: string | null, childId: string | null | undefined) => byKey.get(cellKey(d.id, bucket, childId));
        const scopeTouchpoint = args.scope === KpiScope.TOUCHPOINT ? args.id : null;
        const series = (childId: string | undefined, tp: string | null): KpiBucketModel[] =>
          buckets.map((start, i) => {
            const c = cell(start, childId);
            const now = c ? counters(c) : EMPTY;
            const before = i > 0 ? cell(buckets[i - 1], childId) : undefined;
            return { start, figure: figure(now, tp), change: i > 0 ? changeBetween(d.kind, before ? counters(before) : EMPTY, now) : null };
          });

        const seenChildren = cells.filter((r) => r.metric === d.id && r.all_children === 0 && r.all_buckets === 1).map((r) => r.child);
        const childIds = [...children, ...seenChildren.filter((c) => !children.includes(c))];
        const childModels: KpiChildModel[] = childIds.map((id) => {
          const tp = childKind === KpiChildKind.TOUCHPOINT ? id : scopeTouchpoint;
          const total = cell(null, id);
          return { kind: childKind, id: id === NO_SITE ? null : id, total: figure(total ? counters(total) : EMPTY, tp), buckets: series(id ?? undefined, tp) };
        });
        const total = cell(null, undefined);
        metrics.push({
          metricId: d.id,
          key: d.key,
          kind: d.kind,
          nameEn: d.name_en,
          nameZh: d.name_zh,
          unit: d.unit,
          direction: d.direction,
          total: figure(total ? counters(total) : EMPTY, scopeTouchpoint),
          buckets: series(undefined, scopeTouchpoint),
          children: childModels,
        });
      }
      return { scope: args.scope, id: args.id, from: args.from, to: args.to, granularity: args.granularity, metrics };
    });
  }
}
