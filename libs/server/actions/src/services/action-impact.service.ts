import { Inject, Injectable } from '@nestjs/common';
import { actionImpact, impactWindows, type ImpactComparison, type ImpactMethod, type ImpactVerdict, type WindowEstimate } from '@opencx/domain';
import { OpenCxError } from '@opencx/server-core';
import type { TenantTx } from '@opencx/server-database';
import { WorkspaceService } from '@opencx/server-identity';
import { RollupReader, TOUCHPOINT_PLACES, type TouchpointPlaces } from '@opencx/server-metrics';
import type { ImprovementActionEntity } from '../entities/improvement-action.entity';
import type { ActionImpactModel, ImpactComparisonModel, ImpactWindowFigureModel } from '../models';
import { dayIn } from './workspace-day';

const Z95 = 1.959963984540054;

const figureOf = (e: WindowEstimate | null): ImpactWindowFigureModel | null => {
  if (!e) return null;
  const half = Z95 * Math.sqrt(e.variance);
  return { value: e.value, low: e.value - half, high: e.value + half, n: e.n };
};
const finite = (v: number) => (Number.isFinite(v) ? v : null);
const comparisonOf = (c: ImpactComparison): ImpactComparisonModel => ({
  method: c.method,
  difference: finite(c.difference),
  low: finite(c.interval.low),
  high: finite(c.interval.high),
  pValue: finite(c.pValue),
  verdict: c.verdict,
  n: c.n,
});

/**
 * The measured impact of an action (DESIGN.md §3): reads the target metric's daily roll-ups
 * through metrics' `RollupReader` (never its tables) for the treated touchpoints and the
 * controls, and lets libs/domain judge before/after and difference-in-differences.
 */
@Injectable()
export class ActionImpactService {
  constructor(
    private readonly windows: RollupReader,
    private readonly workspaces: WorkspaceService,
    @Inject(TOUCHPOINT_PLACES) private readonly places: TouchpointPlaces,
  ) {}

  async measure(tx: TenantTx, action: ImprovementActionEntity): Promise<ActionImpactModel> {
    if (!action.targetMetricId) throw OpenCxError.badInput('targetMetricId', 'set a target metric before measuring impact');
    const metric = await this.windows.metricDefinition(tx, action.targetMetricId);
    if (!metric) throw OpenCxError.badInput('targetMetricId', 'the target metric no longer exists');
    const treated = action.touchpointIds;
    const controls = await this.controls(tx, action, metric.id);
    const base = { actionId: action.id, metricId: metric.id, metricKey: metric.key, treatedTouchpointIds: treated, controlTouchpointIds: controls };
    if (!action.startedAt || !action.completedAt) {
      // Not started or not done: there is no after window yet.
      const none: ImpactComparisonModel = { method: 'before_after', difference: null, low: null, high: null, pValue: null, verdict: 'not_enough_data', n: 0 };
      return {
        ...base,
        figure: metric.kind === 'nps' ? 'nps' : ['csat', 'ces', 'rate'].includes(metric.kind) ? 'share' : 'mean',
        beforeFrom: null,
        beforeTo: null,
        afterFrom: null,
        afterTo: null,
        treatedBefore: null,
        treatedAfter: null,
        controlBefore: null,
        controlAfter: null,
        beforeAfter: none,
        differenceInDifferences: null,
        method: 'before_after',
        verdict: 'not_enough_data',
        n: 0,
      };
    }
    const timeZone = await this.workspaces.timeZone(tx);
    const w = impactWindows(dayIn(timeZone, action.startedAt), dayIn(timeZone, action.completedAt), action.windowDays);
    const sums = await this.windows.windowSums(tx, metric.id, [
      { touchpointIds: treated, ...w.before },
      { touchpointIds: treated, ...w.after },
      { touchpointIds: controls, ...w.before },
      { touchpointIds: controls, ...w.after },
    ]);
    const result = actionImpact(metric.kind, metric.direction, { before: sums[0], after: sums[1] }, controls.length ? { before: sums[2], after: sums[3] } : null);
    return {
      ...base,
      figure: result.figure,
      beforeFrom: w.before.from,
      beforeTo: w.before.to,
      afterFrom: w.after.from,
      afterTo: w.after.to,
      treatedBefore: figureOf(result.treatedBefore),
      treatedAfter: figureOf(result.treatedAfter),
      controlBefore: figureOf(result.controlBefore),
      controlAfter: figureOf(result.controlAfter),
      beforeAfter: comparisonOf(result.beforeAfter),
      differenceInDifferences: result.differenceInDifferences && comparisonOf(result.differenceInDifferences),
      method: result.headline.method as ImpactMethod,
      verdict: result.headline.verdict as ImpactVerdict,
      n: result.headline.n,
    };
  }

  /** The team's chosen controls, else the journey's other touchpoints bound to the same metric. */
  private async controls(tx: TenantTx, action: ImprovementActionEntity, metricId: string): Promise<string[]> {
    const treated = new Set(action.touchpointIds);
    if (action.controlTouchpointIds) return action.controlTouchpointIds.filter((id) => !treated.has(id));
    const journey = await this.places.within(tx, 'journey', action.journeyId);
    return this.windows.boundTouchpoints(tx, metricId, journey.map((p) => p.touchpointId).filter((id) => !treated.has(id)));
  }
}
