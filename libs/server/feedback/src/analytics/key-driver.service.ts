import { Inject, Injectable } from '@nestjs/common';
import { KEY_DRIVER_MIN_N, pearson, relativeWeights } from '@opencx/domain';
import { OpenCxError } from '@opencx/server-core';
import { TenantDb, type WorkspaceContext } from '@opencx/server-database';
import { WorkspaceService } from '@opencx/server-identity';
import { TouchpointDirectory } from '@opencx/server-journeys';
import { EMPTY_COUNTERS, figureOf, KpiGranularity, parseDay, RollupReader, TOUCHPOINT_PLACES, type TouchpointPlaces } from '@opencx/server-metrics';
import type { KeyDriverReportModel } from '../models';
import type { KeyDriversArgs } from '../inputs';

const OUTCOME = 'mean NPS of the customer over the journey in the window';

interface AnswerRow {
  customer_hash: string;
  touchpoint_id: string;
  nps_sum: number | null;
  nps_n: number;
  csat: number | null;
}

/**
 * Key drivers of a journey (DESIGN.md §3b). The outcome is each customer's journey-level answer:
 * the mean of their NPS answers over the journey in the window (the journey's relationship
 * question); the drivers are the same customers' CSAT at each touchpoint, linked by the salted hash
 * of their customer reference. Importance is Johnson's relative weights over complete cases;
 * performance is the touchpoint's CSAT from the roll-ups against its target.
 */
@Injectable()
export class KeyDriverService {
  constructor(
    private readonly db: TenantDb,
    private readonly workspaces: WorkspaceService,
    private readonly rollups: RollupReader,
    private readonly directory: TouchpointDirectory,
    @Inject(TOUCHPOINT_PLACES) private readonly places: TouchpointPlaces,
  ) {}

  keyDrivers(ctx: WorkspaceContext, args: KeyDriversArgs): Promise<KeyDriverReportModel> {
    if (parseDay('to', args.to) < parseDay('from', args.from)) throw OpenCxError.badInput('to', 'must not be before from');
    return this.db.read(ctx, async (tx) => {
      const empty: KeyDriverReportModel = { journeyId: args.journeyId, from: args.from, to: args.to, outcome: OUTCOME, n: 0, respondents: 0, minN: KEY_DRIVER_MIN_N, enoughData: false, rSquared: null, drivers: [] };
      const places = await this.places.within(tx, 'journey', args.journeyId);
      if (!places.length) return empty;
      const touchpointIds = places.map((p) => p.touchpointId);
      const timeZone = await this.workspaces.timeZone(tx);
      const [answers, labels, definitions] = await tx.all([
        () =>
          tx.query<AnswerRow>(
            // Bounds as instants in the workspace's zone, so the month partitions prune.
            `SELECT customer_hash, touchpoint_id, sum(nps)::float8 AS nps_sum, count(nps)::int AS nps_n, avg(csat)::float8 AS csat
               FROM feedback_response
              WHERE workspace_id = $1 AND journey_id = $2::uuid AND customer_hash IS NOT NULL
                AND occurred_at >= ($3::date::timestamp AT TIME ZONE $5) AND occurred_at < (($4::date + 1)::timestamp AT TIME ZONE $5)
              GROUP BY 1, 2`,
            [args.journeyId, args.from, args.to, timeZone],
          ),
        () => this.directory.labels(tx, touchpointIds),
        () => this.rollups.definitions(tx, touchpointIds),
      ] as const);

      // Outcome per customer: mean of all their NPS answers on this journey.
      const outcomeSums = new Map<string, { sum: number; n: number }>();
      for (const a of answers) {
        if (!a.nps_n) continue;
        const o = outcomeSums.get(a.customer_hash) ?? { sum: 0, n: 0 };
        o.sum += a.nps_sum ?? 0;
        o.n += a.nps_n;
        outcomeSums.set(a.customer_hash, o);
      }
      const outcome = new Map([...outcomeSums].map(([c, o]) => [c, o.sum / o.n]));
      const scores = new Map<string, Map<string, number>>(touchpointIds.map((id) => [id, new Map()]));
      for (const a of answers) if (a.csat !== null && outcome.has(a.customer_hash)) scores.get(a.touchpoint_id)?.set(a.customer_hash, a.csat);

      const answered = (id: string) => scores.get(id) ?? new Map<string, number>();
      // Complete cases only ever read scores that exist; NaN would surface a slip instead of a silent 0.
      const score = (id: string, customer: string) => answered(id).get(customer) ?? NaN;
      const drivers = touchpointIds.filter((id) => answered(id).size >= KEY_DRIVER_MIN_N);
      const complete = [...outcome.entries()].filter(([c]) => drivers.every((id) => answered(id).has(c)));
      const enoughData = drivers.length > 0 && complete.length >= KEY_DRIVER_MIN_N;
      const y = complete.map(([, o]) => o);
      const weights = enoughData ? relativeWeights(complete.map(([c]) => drivers.map((id) => score(id, c))), y) : null;

      const csat = definitions.find((d) => d.key === 'csat');
      const performanceCells = csat ? await this.rollups.byJourney(tx, [args.journeyId], [csat.id], args.from, args.to, KpiGranularity.MONTH) : [];
      const perTouchpoint = new Map(performanceCells.filter((c) => c.touchpointId).map((c) => [c.touchpointId as string, c.counters]));
      const overrides = new Map((csat?.bindings ?? []).map((b) => [b.touchpointId, b]));
      const average = drivers.length ? 1 / drivers.length : 0;

      const rows = touchpointIds
        .filter((id) => answered(id).size > 0)
        .map((id) => {
          const j = drivers.indexOf(id);
          const o = overrides.get(id);
          const target = o?.target ?? (csat?.target === null || csat?.target === undefined ? null : Number(csat.target));
          const warning = o?.warning ?? (csat?.warning_threshold === null || csat?.warning_threshold === undefined ? null : Number(csat.warning_threshold));
          const performance = figureOf('csat', 'higher_is_better', perTouchpoint.get(id) ?? EMPTY_COUNTERS, target, warning);
          const share = weights && j >= 0 ? weights.shares[j] : null;
          const label = labels.get(id);
          return {
            touchpointId: id,
            touchpointName: label?.touchpointName ?? '',
            stageName: label?.stageName ?? '',
            n: answered(id).size,
            weight: weights && j >= 0 ? weights.weights[j] : null,
            share,
            correlation: enoughData && j >= 0 ? pearson(complete.map(([c]) => score(id, c)), y) : null,
            performance,
            fixFirst: share !== null && share > average && (performance.status === 'OFF_TARGET' || performance.status === 'WARNING'),
          };
        });
      return { ...empty, n: enoughData ? complete.length : 0, respondents: outcome.size, enoughData, rSquared: weights?.rSquared ?? null, drivers: rows };
    });
  }
}
