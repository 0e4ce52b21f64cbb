import { Injectable } from '@nestjs/common';
import { LOW_SAMPLE_N, priorityGap } from '@opencx/domain';
import { OpenCxError } from '@opencx/server-core';
import { TenantDb, type WorkspaceContext } from '@opencx/server-database';
import { bucketsBetween, changeBetween, EMPTY_COUNTERS, figureOf, KpiGranularity, parseDay, RollupReader, type Counters, type KpiChangeModel } from '@opencx/server-metrics';
import type { ExecutiveJourneyModel, ExecutiveOverviewModel, ExecutiveTouchpointModel } from '../models';
import type { ExecutiveOverviewArgs } from '../inputs';

const CORE = ['nps', 'csat', 'ces'];
const SCALE_WIDTH: Record<string, number> = { nps: 200, csat: 100, ces: 100 };

/**
 * The executive view: every live journey with NPS/CSAT/CES against target, a sparkline with its
 * significant changes and the touchpoints furthest below target. Four statements whatever the
 * number of journeys (journeys with touchpoints, definitions, one roll-up aggregate).
 */
@Injectable()
export class ExecutiveOverviewService {
  constructor(
    private readonly db: TenantDb,
    private readonly rollups: RollupReader,
  ) {}

  overview(ctx: WorkspaceContext, args: ExecutiveOverviewArgs): Promise<ExecutiveOverviewModel> {
    const granularity = args.granularity ?? KpiGranularity.WEEK;
    const from = parseDay('from', args.from);
    const to = parseDay('to', args.to);
    if (to < from) throw OpenCxError.badInput('to', 'must not be before from');
    const buckets = bucketsBetween(from, to, granularity);
    return this.db.read(ctx, async (tx) => {
      const journeys = await tx.query<{ id: string; name: string; status: string; touchpoints: { id: string; name: string }[] }>(
        `SELECT j.id, j.name, j.status,
                coalesce(json_agg(json_build_object('id', t.id, 'name', t.name) ORDER BY t.position) FILTER (WHERE t.id IS NOT NULL), '[]') AS touchpoints
           FROM journey j LEFT JOIN touchpoint t ON t.workspace_id = j.workspace_id AND t.journey_id = j.id
          WHERE j.workspace_id = $1 AND j.status <> 'archived'
          GROUP BY j.id, j.name, j.status
          ORDER BY j.name, j.id`,
      );
      const touchpointIds = journeys.flatMap((j) => j.touchpoints.map((t) => t.id));
      const definitions = (await this.rollups.definitions(tx, touchpointIds)).filter((d) => CORE.includes(d.key));
      const cells = await this.rollups.byJourney(tx, journeys.map((j) => j.id), definitions.map((d) => d.id), args.from, args.to, granularity);
      const key = (journeyId: string, metricId: string, bucket: string | null, touchpointId: string | null) => `${journeyId}|${metricId}|${bucket ?? '*'}|${touchpointId ?? '*'}`;
      const byKey = new Map(cells.map((c) => [key(c.journeyId, c.metricId, c.bucket, c.touchpointId), c.counters]));
      const at = (j: string, m: string, b: string | null, t: string | null): Counters => byKey.get(key(j, m, b, t)) ?? EMPTY_COUNTERS;

      const rows: ExecutiveJourneyModel[] = journeys.map((j) => {
        const worst: ExecutiveTouchpointModel[] = [];
        const metrics = definitions.map((d) => {
          const target = d.target === null ? null : Number(d.target);
          const warning = d.warning_threshold === null ? null : Number(d.warning_threshold);
          const series = buckets.map((start, i) => ({
            start,
            figure: figureOf(d.kind, d.direction, at(j.id, d.id, start, null), target, warning),
            change: i > 0 ? changeBetween(d.kind, at(j.id, d.id, buckets[i - 1], null), at(j.id, d.id, start, null)) : null,
          }));
          const withData = series.map((b, i) => ({ b, i })).filter(({ b }) => b.figure.n > 0);
          const last = withData[withData.length - 1];
          const before = withData[withData.length - 2];
          const latestChange: KpiChangeModel | null = last && before ? changeBetween(d.kind, at(j.id, d.id, buckets[before.i], null), at(j.id, d.id, buckets[last.i], null)) : null;
          const overrides = new Map(d.bindings.map((b) => [b.touchpointId, b]));
          for (const t of j.touchpoints) {
            const c = at(j.id, d.id, null, t.id);
            if (c.n < LOW_SAMPLE_N) continue;
            const o = overrides.get(t.id);
            const figure = figureOf(d.kind, d.direction, c, o?.target ?? target, o?.warning ?? warning);
            const gap = priorityGap(figure.value, figure.target, SCALE_WIDTH[d.key] ?? 100, d.direction);
            if (gap > 0) worst.push({ touchpointId: t.id, name: t.name, metricKey: d.key, figure, gap });
          }
          return { key: d.key, kind: d.kind, nameEn: d.name_en, nameZh: d.name_zh, total: figureOf(d.kind, d.direction, at(j.id, d.id, null, null), target, warning), buckets: series, latestChange };
        });
        // One entry per touchpoint (its largest shortfall), the three largest.
        const worstByTouchpoint = new Map<string, ExecutiveTouchpointModel>();
        for (const w of worst) if ((worstByTouchpoint.get(w.touchpointId)?.gap ?? -1) < w.gap) worstByTouchpoint.set(w.touchpointId, w);
        const worstTouchpoints = [...worstByTouchpoint.values()].sort((a, b) => b.gap - a.gap).slice(0, 3);
        return { journeyId: j.id, name: j.name, status: j.status, metrics, worstTouchpoints };
      });
      return { from: args.from, to: args.to, granularity, journeys: rows };
    });
  }
}
