import { Injectable } from '@nestjs/common';
import { topBox } from '@opencx/domain';

/** A share in % with its Wilson interval and n. */
export interface CaseRate {
  value: number;
  low: number;
  high: number;
  n: number;
  lowSample: boolean;
}

function rate(successes: number, n: number): CaseRate | null {
  const f = topBox(successes, n);
  return f ? { value: f.value, low: f.interval.low, high: f.interval.high, n: f.n, lowSample: f.lowSample } : null;
}
import { OpenCxError } from '@opencx/server-core';
import { TenantDb, type WorkspaceContext } from '@opencx/server-database';

export type CaseMetricsGroup = 'all' | 'team' | 'site' | 'rule';

export interface CaseLoopMetrics {
  /** The team, site or rule key; null for cases without one (and for `all`). */
  key: string | null;
  n: number;
  /** Mean elapsed minutes from the customer's answer to the first contact, over the n cases contacted. */
  meanMinutesToFirstContact: number | null;
  contacted: number;
  /** % of cases whose SLA was breached, with its Wilson interval. */
  slaBreachRate: CaseRate | null;
  /** % of cases resolved. */
  resolvedShare: CaseRate | null;
  /** % of the re-surveyed unhappy customers who answered it as passive or promoter (satisfied); n = those who answered. */
  recoveryRate: CaseRate | null;
}

const GROUP_COLUMN: Record<CaseMetricsGroup, string> = { all: 'NULL::text', team: 'assignee_team_id::text', site: 'site_id::text', rule: 'rule_key' };

/** Metrics of the inner loop itself, over the cases opened in a window, per team, site or rule, with n. */
@Injectable()
export class CaseMetricsService {
  constructor(private readonly db: TenantDb) {}

  metrics(ctx: WorkspaceContext, from: Date, to: Date, groupBy: CaseMetricsGroup): Promise<CaseLoopMetrics[]> {
    if (!(from < to)) throw OpenCxError.badInput('to', 'must be after from');
    const column = GROUP_COLUMN[groupBy];
    if (!column) throw OpenCxError.badInput('groupBy', 'must be all, team, site or rule');
    return this.db.read(ctx, async (tx) => {
      const rows = await tx.query<{ key: string | null; n: string; contacted: string; minutes: string | null; breached: string; resolved: string; recovered: string; resurveyed: string }>(
        `SELECT ${column} AS key, count(*) AS n,
                count(first_contacted_at) AS contacted,
                avg(extract(epoch FROM first_contacted_at - occurred_at) / 60) AS minutes,
                count(*) FILTER (WHERE breached_at IS NOT NULL) AS breached,
                count(*) FILTER (WHERE status = 'resolved') AS resolved,
                count(*) FILTER (WHERE recovered) AS recovered,
                count(recovered) AS resurveyed
           FROM follow_up_case
          WHERE workspace_id = $1 AND opened_at >= $2 AND opened_at < $3
          GROUP BY 1 ORDER BY 1 NULLS LAST`,
        [from, to],
      );
      return rows.map((r) => {
        const n = Number(r.n);
        return {
          key: r.key, n, contacted: Number(r.contacted), meanMinutesToFirstContact: r.minutes === null ? null : Number(r.minutes),
          slaBreachRate: rate(Number(r.breached), n), resolvedShare: rate(Number(r.resolved), n),
          recoveryRate: rate(Number(r.recovered), Number(r.resurveyed)),
        };
      });
    });
  }
}
