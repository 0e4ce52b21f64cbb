import { Injectable } from '@nestjs/common';
import { OpenCxError } from '@opencx/server-core';
import { TenantDb, type WorkspaceContext } from '@opencx/server-database';
import { AuditService } from '@opencx/server-audit';
import { ImprovementActionService } from '@opencx/server-actions';
import { WorkspaceService } from '@opencx/server-identity';
import { JourneyReviewSchedules } from '@opencx/server-journeys';
import { KpiGranularity, KpiScope, KpiService } from '@opencx/server-metrics';
import { WorkspaceDigestEntity, type DigestItem } from '../entities/workspace-digest.entity';
import { reviewErrors } from '../reviews.errors';
import { dayIn } from './review-period';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The first and last day of a month, and the first day of the month before (YYYY-MM-DD). */
export function monthDays(month: string): { previousStart: string; start: string; end: string } {
  const [, y, m] = MONTH.exec(month) ?? [];
  const year = Number(y);
  const mon = Number(m);
  const iso = (yy: number, mm: number, dd: number) => new Date(Date.UTC(yy, mm - 1, dd)).toISOString().slice(0, 10);
  return { previousStart: iso(year, mon - 1, 1), start: iso(year, mon, 1), end: iso(year, mon + 1, 0) };
}

/** The month before the one a day falls in (YYYY-MM). */
export const previousMonth = (day: string): string => new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 2, 1)).toISOString().slice(0, 7);

/**
 * The monthly workspace digest: per live journey and metric, the month against the month before
 * (metrics' KpiService buckets by month and tests the change with the domain's significance tests),
 * and the improvement actions on that metric that may explain it. One digest per month: generating
 * a month again replaces its lines.
 */
@Injectable()
export class WorkspaceDigestService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly workspaces: WorkspaceService,
    private readonly schedules: JourneyReviewSchedules,
    private readonly kpis: KpiService,
    private readonly actions: ImprovementActionService,
  ) {}

  list(ctx: WorkspaceContext): Promise<WorkspaceDigestEntity[]> {
    return this.db.read(ctx, (tx) => tx.find(WorkspaceDigestEntity, {}, { order: { month: 'DESC' }, take: 120 }));
  }

  get(ctx: WorkspaceContext, id: string): Promise<WorkspaceDigestEntity> {
    return this.db.read(ctx, (tx) => tx.findOneOrFail(WorkspaceDigestEntity, { id }, () => reviewErrors.notFound('WorkspaceDigest', id, 'id')));
  }

  /** The scheduled job's part: last month's digest, unless it exists. */
  async ensureLastMonth(ctx: WorkspaceContext, now = new Date()): Promise<WorkspaceDigestEntity | null> {
    const { month, exists } = await this.db.read(ctx, async (tx) => {
      const m = previousMonth(dayIn(await this.workspaces.timeZone(tx), now));
      return { month: m, exists: !!(await tx.findOne(WorkspaceDigestEntity, { month: m })) };
    });
    return exists ? null : this.generate(ctx, month);
  }

  async generate(ctx: WorkspaceContext, month: string): Promise<WorkspaceDigestEntity> {
    if (!MONTH.test(month)) throw OpenCxError.badInput('month', 'must be a month YYYY-MM');
    const { previousStart, start, end } = monthDays(month);
    const journeys = await this.db.read(ctx, (tx) => this.schedules.list(tx));
    const items: DigestItem[] = [];
    for (const j of journeys) {
      const report = await this.kpis.report(ctx, { scope: KpiScope.JOURNEY, id: j.journeyId, from: previousStart, to: end, granularity: KpiGranularity.MONTH });
      const actions = (await this.actions.list(ctx, { journeyId: j.journeyId }, { first: 500 })).nodes;
      for (const m of report.metrics) {
        const before = m.buckets.find((b) => b.start === previousStart)?.figure;
        const after = m.buckets.find((b) => b.start === start);
        if (!before?.n && !after?.figure.n) continue;
        const c = after?.change ?? null;
        const explaining = actions.filter((a) => {
          if (a.targetMetricId !== m.metricId) return false;
          if (a.status === 'in_progress') return true;
          const done = a.completedAt ? a.completedAt.toISOString().slice(0, 10) : null;
          return (a.status === 'done' || a.status === 'verified') && done !== null && done >= previousStart && done <= end;
        });
        items.push({
          journeyId: j.journeyId, journeyName: j.name, metricKey: m.key, nameEn: m.nameEn, nameZh: m.nameZh,
          before: { value: before?.value ?? null, n: before?.n ?? 0 }, after: { value: after?.figure.value ?? null, n: after?.figure.n ?? 0 },
          change: c && { difference: c.difference, low: c.low, high: c.high, pValue: c.pValue, significant: c.significant, method: c.method },
          actions: explaining.map((a) => ({ id: a.id, title: a.title, status: a.status })),
        });
      }
    }
    // Significant changes first, then by size.
    items.sort((x, y) => Number(!!y.change?.significant) - Number(!!x.change?.significant) || Math.abs(y.change?.difference ?? 0) - Math.abs(x.change?.difference ?? 0));
    return this.db.write(ctx, async (tx) => {
      const existing = await tx.findOne(WorkspaceDigestEntity, { month }, { lock: true });
      const row = existing ? { ...existing, items } : await tx.insert(WorkspaceDigestEntity, { month, items });
      if (existing) await tx.update(WorkspaceDigestEntity, { id: existing.id }, { items });
      await this.audit.record(tx, { action: 'workspaceDigest.generate', entityType: 'workspace_digest', entityId: row.id, after: { month, items: items.length } });
      return row;
    });
  }
}
