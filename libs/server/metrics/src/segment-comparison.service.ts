import { Inject, Injectable } from '@nestjs/common';
import { DURATION_BUCKET_LOWER_BOUNDS } from '@opencx/domain';
import { OpenCxError } from '@opencx/server-core';
import { TenantDb, type WorkspaceContext } from '@opencx/server-database';
import { TOUCHPOINT_PLACES, type TouchpointPlaces } from './touchpoint-places.port';
import { changeBetween, definitionsWithBindings, EMPTY, figureOf, parseDay, type Counters } from './kpi.service';
import type { SegmentComparisonArgs } from './inputs';
import type { SegmentComparisonModel } from './models';

const HIST = DURATION_BUCKET_LOWER_BOUNDS.map((_, k) => `sum(r.hist[${k + 1}]) FILTER (WHERE cardinality(r.hist) > 0)::float8 AS h${k}`).join(', ');

interface Row {
  metric: string;
  segment: string;
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

/**
 * Two segments of a journey side by side (issue 12 "comparing two segments"): each metric's
 * figure for segment A and for segment B over the window, from the daily roll-ups, and the test
 * of B − A that fits the metric's kind (the same `changeBetween` the trend's markers use).
 * Three statements: the journey's touchpoints, the metric definitions, one aggregate.
 */
@Injectable()
export class SegmentComparisonService {
  constructor(
    private readonly db: TenantDb,
    @Inject(TOUCHPOINT_PLACES) private readonly touchpoints: TouchpointPlaces,
  ) {}

  compare(ctx: WorkspaceContext, args: SegmentComparisonArgs): Promise<SegmentComparisonModel> {
    if (parseDay('to', args.to) < parseDay('from', args.from)) throw OpenCxError.badInput('to', 'must not be before from');
    if (args.segmentA === args.segmentB) throw OpenCxError.badInput('segmentB', 'must differ from segmentA');
    return this.db.read(ctx, async (tx) => {
      const out: SegmentComparisonModel = { journeyId: args.journeyId, from: args.from, to: args.to, segmentA: args.segmentA, segmentB: args.segmentB, metrics: [] };
      const places = await this.touchpoints.within(tx, 'journey', args.journeyId);
      if (!places.length) return out;
      const touchpointIds = places.map((p) => p.touchpointId);
      const [definitions, rows] = await tx.all([
        () => definitionsWithBindings(tx, touchpointIds),
        () =>
          tx.query<Row>(
            `SELECT r.metric_definition_id AS metric, r.segment, sum(r.n) AS n, sum(r.sum)::float8 AS sum, sum(r.sum_squares)::float8 AS sum_squares,
                    sum(r.promoters) AS promoters, sum(r.passives) AS passives, sum(r.detractors) AS detractors, sum(r.top2_box) AS top2_box,
                    sum(r.within_target) AS within_target, ${HIST}
               FROM metric_rollup r
              WHERE r.workspace_id = $1 AND r.touchpoint_id = ANY($2::uuid[]) AND r.day BETWEEN $3::date AND $4::date
                AND r.segment IN ($5, $6) AND ($7::uuid IS NULL OR r.site_id = $7::uuid)
              GROUP BY 1, 2`,
            [touchpointIds, args.from, args.to, args.segmentA, args.segmentB, args.site ?? null],
          ),
      ] as const);
      const counters = (row: Row | undefined): Counters =>
        row
          ? {
              n: Number(row.n),
              sum: row.sum,
              sumSquares: row.sum_squares,
              promoters: Number(row.promoters),
              passives: Number(row.passives),
              detractors: Number(row.detractors),
              top2: Number(row.top2_box),
              within: Number(row.within_target),
              hist: DURATION_BUCKET_LOWER_BOUNDS.map((_, k) => Number(row[`h${k}`] ?? 0)),
            }
          : EMPTY;
      const byKey = new Map(rows.map((r) => [`${r.metric}|${r.segment}`, r]));
      for (const d of definitions) {
        const a = byKey.get(`${d.id}|${args.segmentA}`);
        const b = byKey.get(`${d.id}|${args.segmentB}`);
        if (!a && !b) continue;
        const target = d.target === null ? null : Number(d.target);
        const warning = d.warning_threshold === null ? null : Number(d.warning_threshold);
        const ca = counters(a);
        const cb = counters(b);
        out.metrics.push({
          metricId: d.id,
          key: d.key,
          kind: d.kind,
          nameEn: d.name_en,
          nameZh: d.name_zh,
          unit: d.unit,
          a: figureOf(d.kind, d.direction, ca, target, warning),
          b: figureOf(d.kind, d.direction, cb, target, warning),
          difference: ca.n && cb.n ? changeBetween(d.kind, ca, cb) : null,
        });
      }
      return out;
    });
  }
}
