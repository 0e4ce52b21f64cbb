import { Inject, Injectable } from '@nestjs/common';
import { DURATION_BUCKET_LOWER_BOUNDS, LOW_SAMPLE_N, measuredEmotion } from '@opencx/domain';
import { OpenCxError } from '@opencx/server-core';
import { TenantDb, type WorkspaceContext } from '@opencx/server-database';
import { TOUCHPOINT_PLACES, type TouchpointPlaces } from './touchpoint-places.port';
import { EMPTY, definitionsWithBindings, figureOf, parseDay, type Counters, type DefinitionRow } from './kpi.service';
import type { JourneyKpisArgs } from './inputs';
import type { JourneyKpisModel, MeasuredEmotionModel, TouchpointMetricKpiModel } from './models';

/** Longest window the map offers (a year, leap-proof); bounds the roll-up rows one request sums. */
const MAX_DAYS = 400;
const HIST_SUMS = DURATION_BUCKET_LOWER_BOUNDS.map((_, k) => `sum(r.hist[${k + 1}])::float8 AS h${k}`).join(', ');
/** Chips read in this order: the survey metrics first, then the touchpoint's operational ones by key. */
const KIND_ORDER: Record<string, number> = { nps: 0, csat: 1, ces: 2 };


interface MetricCell {
  touchpoint_id: string;
  metric: string;
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

interface EmotionCell {
  touchpoint_id: string;
  n: string;
  sum: number;
  sum_squares: number;
}

const num = (v: string | number | null | undefined) => (v === null || v === undefined ? null : Number(v));

export function emotionFigure(n: number, sum: number, sumSquares: number): MeasuredEmotionModel {
  const f = measuredEmotion(n, sum, sumSquares);
  return { value: f?.value ?? null, n, low: f?.interval.low ?? null, high: f?.interval.high ?? null, lowSample: n < LOW_SAMPLE_N };
}

/**
 * The journey map's measurements in one request: per touchpoint, each bound (or measured) metric's
 * figure against its target, and the measured emotion. Four statements whatever the journey's size
 * or the window: its touchpoints (journeys' port), then at once the definitions with the journey's
 * bindings, one aggregate over metric_rollup and one over emotion_rollup — never raw responses.
 */
@Injectable()
export class JourneyKpiService {
  constructor(
    private readonly db: TenantDb,
    @Inject(TOUCHPOINT_PLACES) private readonly touchpoints: TouchpointPlaces,
  ) {}

  async report(ctx: WorkspaceContext, args: JourneyKpisArgs): Promise<JourneyKpisModel> {
    const from = parseDay('from', args.from);
    const to = parseDay('to', args.to);
    if (to < from) throw OpenCxError.badInput('to', 'must not be before from');
    if ((to.getTime() - from.getTime()) / 86400000 >= MAX_DAYS) throw OpenCxError.badInput('from', `the window is longer than ${MAX_DAYS} days`);

    return this.db.read(ctx, async (tx) => {
      const places = await this.touchpoints.within(tx, 'journey', args.journeyId);
      const base = { journeyId: args.journeyId, from: args.from, to: args.to };
      if (!places.length) return { ...base, touchpoints: [] };
      const ids = places.map((p) => p.touchpointId);
      const [definitions, cells, emotions] = await tx.all([
        () => definitionsWithBindings(tx, ids),
        () =>
          tx.query<MetricCell>(
            `SELECT r.touchpoint_id, r.metric_definition_id AS metric,
                    sum(r.n) AS n, sum(r.sum)::float8 AS sum, sum(r.sum_squares)::float8 AS sum_squares,
                    sum(r.promoters) AS promoters, sum(r.passives) AS passives, sum(r.detractors) AS detractors,
                    sum(r.top2_box) AS top2_box, sum(r.within_target) AS within_target, ${HIST_SUMS}
               FROM metric_rollup r
              WHERE r.workspace_id = $1 AND r.touchpoint_id = ANY($2::uuid[]) AND r.day BETWEEN $3::date AND $4::date
              GROUP BY 1, 2`,
            [ids, args.from, args.to],
          ),
        () =>
          tx.query<EmotionCell>(
            `SELECT r.touchpoint_id, sum(r.n) AS n, sum(r.sum) AS sum, sum(r.sum_squares) AS sum_squares
               FROM emotion_rollup r
              WHERE r.workspace_id = $1 AND r.touchpoint_id = ANY($2::uuid[]) AND r.day BETWEEN $3::date AND $4::date
              GROUP BY 1`,
            [ids, args.from, args.to],
          ),
      ] as const);

      const byId = new Map(definitions.map((d) => [d.id, d]));
      const cellOf = new Map(cells.map((c) => [`${c.touchpoint_id}|${c.metric}`, c]));
      const emotionOf = new Map(emotions.map((e) => [e.touchpoint_id, e]));
      const counters = (row: MetricCell): Counters => ({
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

      const touchpoints = places.map(({ touchpointId }) => {
        const bound = new Set(definitions.filter((d) => d.bindings.some((b) => b.touchpointId === touchpointId)).map((d) => d.id));
        const measured = cells.filter((c) => c.touchpoint_id === touchpointId).map((c) => c.metric);
        const metricIds = [...new Set([...bound, ...measured])].filter((id) => byId.has(id));
        const metrics: TouchpointMetricKpiModel[] = metricIds.map((id) => {
          const d = byId.get(id) as DefinitionRow;
          const o = d.bindings.find((b) => b.touchpointId === touchpointId);
          const target = num(o?.target) ?? num(d.target);
          const warning = num(o?.warning) ?? num(d.warning_threshold);
          const cell = cellOf.get(`${touchpointId}|${id}`);
          return {
            metricId: d.id,
            key: d.key,
            kind: d.kind,
            nameEn: d.name_en,
            nameZh: d.name_zh,
            unit: d.unit,
            direction: d.direction,
            bound: bound.has(id),
            figure: figureOf(d.kind, d.direction, cell ? counters(cell) : EMPTY, target, warning),
          };
        });
        metrics.sort((a, b) => (KIND_ORDER[a.kind] ?? 9) - (KIND_ORDER[b.kind] ?? 9) || a.key.localeCompare(b.key));
        const e = emotionOf.get(touchpointId);
        return { touchpointId, metrics, emotion: e ? emotionFigure(Number(e.n), e.sum, e.sum_squares) : emotionFigure(0, 0, 0) };
      });
      return { ...base, touchpoints };
    });
  }
}
