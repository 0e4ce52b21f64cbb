import { Inject, Injectable, Logger, Optional, type OnApplicationBootstrap } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { IsNull, Not } from 'typeorm';
import type { MetricDirection, MetricKind } from '@opencx/domain';
import { pageRequest, toConnection, type Connection, type PagedList } from '@opencx/server-core';
import { JobQueue, TenantDb, type TenantTx, type WorkspaceContext } from '@opencx/server-database';
import { AuditService } from '@opencx/server-audit';
import { WorkspaceService } from '@opencx/server-identity';
import { Notifier } from '@opencx/server-notifications';
import { EMPTY, type Counters } from '../kpi.service';
import { TOUCHPOINT_PLACES, type TouchpointPlaces } from '../touchpoint-places.port';
import { metricsErrors } from '../metrics.errors';
import { ALERT_WINDOW_DAYS, judgeAlert } from './alert-rule';
import { KpiAlertEntity } from './kpi-alert.entity';
import { KpiAlertStatus, type KpiAlertCheckModel, type KpiAlertModel } from '../models';
import { type KpiAlertsArgs } from '../inputs';

export const KPI_ALERT_QUEUE = 'kpi-alerts';
export const KPI_ALERT_OPTIONS = Symbol('OPENCX_KPI_ALERT_OPTIONS');

export interface KpiAlertOptions {
  /** How often every workspace is evaluated (one pg-boss job per interval, whatever the number of API replicas). */
  intervalMs: number;
  /** False where no database is connected (writing the GraphQL schema): no worker, no schedule. */
  worker: boolean;
}
export const DEFAULT_KPI_ALERT_OPTIONS: KpiAlertOptions = { intervalMs: 15 * 60_000, worker: true };

const ALERT_LIST: PagedList<KpiAlertEntity> = {
  keys: [
    { property: 'openedAt', direction: 'DESC' },
    { property: 'id', direction: 'ASC' },
  ],
  maxFirst: 100,
  defaultFirst: 20,
};

const PERIOD_COLUMNS = ['n', 'sum', 'sum_squares', 'promoters', 'passives', 'detractors', 'top2_box'] as const;
const periodSums = (prefix: 'c' | 'p', condition: string) =>
  PERIOD_COLUMNS.map((c) => `coalesce(sum(r.${c}) FILTER (WHERE ${condition}), 0)::float8 AS ${prefix}_${c}`).join(', ');

type BindingRow = {
  touchpoint_id: string;
  journey_id: string;
  metric: string;
  kind: MetricKind;
  direction: MetricDirection;
  target: number | null;
  warning: number;
} & { [K in `${'c' | 'p'}_${(typeof PERIOD_COLUMNS)[number]}`]: number };

interface DefinitionNames {
  id: string;
  key: string;
  kind: string;
  name_en: string;
  name_zh: string;
  direction: string;
}

const countersOf = (row: BindingRow, p: 'c' | 'p'): Counters => ({
  ...EMPTY,
  n: row[`${p}_n`],
  sum: row[`${p}_sum`],
  sumSquares: row[`${p}_sum_squares`],
  promoters: row[`${p}_promoters`],
  passives: row[`${p}_passives`],
  detractors: row[`${p}_detractors`],
  top2: row[`${p}_top2_box`],
});

/** A local calendar day (YYYY-MM-DD) `days` after `day`. */
const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/** Today in the workspace's time zone. */
const localToday = (timeZone: string, now = new Date()) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);

/**
 * KPI alerts (issue 11). A pg-boss job evaluates every workspace on a schedule (and `checkKpiAlerts`
 * evaluates one on demand): for each touchpoint × bound metric with a warning threshold it reads the
 * daily roll-ups of the last 7 local days and the 7 before (one statement), applies `judgeAlert`, opens
 * an alert on a significant drop below the warning threshold and resolves open alerts that recovered.
 * An evaluation holds a transaction-level advisory lock per workspace, and the table allows one
 * unresolved alert per touchpoint × metric, so concurrent runs never open two.
 */
@Injectable()
export class KpiAlertService implements OnApplicationBootstrap {
  private readonly logger = new Logger('KpiAlerts');
  private readonly options: KpiAlertOptions;

  constructor(
    private readonly db: TenantDb,
    private readonly queue: JobQueue,
    private readonly audit: AuditService,
    private readonly workspaces: WorkspaceService,
    @Inject(TOUCHPOINT_PLACES) private readonly touchpoints: TouchpointPlaces,
    private readonly notifier: Notifier,
    @Optional() @Inject(KPI_ALERT_OPTIONS) options?: Partial<KpiAlertOptions>,
  ) {
    this.options = { ...DEFAULT_KPI_ALERT_OPTIONS, ...options };
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.options.worker) return;
    await this.queue.work(KPI_ALERT_QUEUE, () => this.evaluateAll());
    this.queue.every(KPI_ALERT_QUEUE, this.options.intervalMs);
  }

  /** Queues an evaluation of every workspace now (on demand; the job is the scheduled one). */
  trigger(): Promise<string> {
    return this.queue.send(KPI_ALERT_QUEUE, {});
  }

  /** The job: each workspace in turn; one workspace's failure does not stop the others. */
  async evaluateAll(): Promise<void> {
    for (const workspaceId of await this.workspaces.allIds()) {
      const ctx: WorkspaceContext = { workspaceId, role: 'editor', actor: { userId: null, tokenId: null } };
      await this.evaluate(ctx).catch((error: Error) => this.logger.error(`kpi alerts of workspace ${workspaceId}: ${error.message}`));
    }
  }

  /** One evaluation of the alert rule in one workspace, in one transaction. */
  evaluate(ctx: WorkspaceContext, now = new Date()): Promise<KpiAlertCheckModel> {
    return this.db.write(ctx, async (tx) => {
      // One evaluation per workspace at a time (scheduled job, replicas, on-demand checks).
      await tx.query(`SELECT pg_advisory_xact_lock(7412, hashtext($1))`);
      const windowTo = localToday(await this.workspaces.timeZone(tx), now);
      const windowFrom = addDays(windowTo, 1 - ALERT_WINDOW_DAYS);
      const comparisonTo = addDays(windowFrom, -1);
      const comparisonFrom = addDays(windowFrom, -ALERT_WINDOW_DAYS);
      const rows = await tx.query<BindingRow>(
        `SELECT tm.touchpoint_id, tm.journey_id, d.id AS metric, d.kind, d.direction,
                coalesce(tm.target_override, d.target)::float8 AS target,
                coalesce(tm.warning_override, d.warning_threshold)::float8 AS warning,
                ${periodSums('c', 'r.day >= $3::date')}, ${periodSums('p', 'r.day < $3::date')}
           FROM touchpoint_metric tm
           JOIN metric_definition d ON d.workspace_id = tm.workspace_id AND d.id = tm.metric_definition_id
           LEFT JOIN metric_rollup r ON r.workspace_id = tm.workspace_id AND r.touchpoint_id = tm.touchpoint_id
                                    AND r.metric_definition_id = tm.metric_definition_id AND r.day BETWEEN $2::date AND $4::date
          WHERE tm.workspace_id = $1 AND coalesce(tm.warning_override, d.warning_threshold) IS NOT NULL
          GROUP BY tm.touchpoint_id, tm.journey_id, d.id, d.kind, d.direction, tm.target_override, d.target, tm.warning_override, d.warning_threshold`,
        [comparisonFrom, windowFrom, windowTo],
      );
      const open = new Map((await tx.find(KpiAlertEntity, { resolvedAt: IsNull() })).map((a) => [`${a.touchpointId}|${a.metricDefinitionId}`, a]));
      let opened = 0;
      let resolved = 0;
      for (const row of rows) {
        const judged = judgeAlert(row.kind, row.direction, countersOf(row, 'c'), countersOf(row, 'p'), row.target, row.warning);
        const existing = open.get(`${row.touchpoint_id}|${row.metric}`);
        if (existing && judged.recovered) {
          await tx.update(KpiAlertEntity, { id: existing.id }, { resolvedAt: now, resolvedValue: judged.current.value, latestValue: judged.current.value, latestN: judged.current.n, evaluatedAt: now });
          await this.audit.record(tx, { action: 'kpi_alert.resolve', entityType: 'kpi_alert', entityId: existing.id, after: { value: judged.current.value, n: judged.current.n, windowFrom, windowTo } });
          open.delete(`${row.touchpoint_id}|${row.metric}`);
          resolved++;
        } else if (existing) {
          await tx.update(KpiAlertEntity, { id: existing.id }, { latestValue: judged.current.value, latestN: judged.current.n, evaluatedAt: now });
        } else if (judged.breach && judged.test && judged.current.value !== null) {
          const id = randomUUID();
          const inserted = await tx.query<{ id: string }>(
            `INSERT INTO kpi_alert (workspace_id, id, journey_id, touchpoint_id, metric_definition_id, value, n, low, high, warning_threshold, target,
                                    comparison_value, comparison_n, difference, p_value, method, window_from, window_to, comparison_from, comparison_to,
                                    opened_at, latest_value, latest_n, evaluated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $6, $7, $21)
             ON CONFLICT (workspace_id, touchpoint_id, metric_definition_id) WHERE resolved_at IS NULL DO NOTHING
             RETURNING id`,
            [
              id, row.journey_id, row.touchpoint_id, row.metric, judged.current.value, judged.current.n, judged.current.low, judged.current.high, row.warning, row.target,
              judged.previous.value, judged.previous.n, judged.test.difference, judged.test.pValue, judged.test.method, windowFrom, windowTo, comparisonFrom, comparisonTo, now,
            ],
          );
          if (inserted.length) {
            opened++;
            open.set(`${row.touchpoint_id}|${row.metric}`, { id } as KpiAlertEntity);
            await this.audit.record(tx, {
              action: 'kpi_alert.open',
              entityType: 'kpi_alert',
              entityId: id,
              after: { touchpointId: row.touchpoint_id, metricDefinitionId: row.metric, value: judged.current.value, n: judged.current.n, pValue: judged.test.pValue, method: judged.test.method, windowFrom, windowTo },
            });
            // The workspace's owners and admins hear of a newly opened alert (once per alert).
            const label = (await this.touchpoints.labels(tx, [row.touchpoint_id])).get(row.touchpoint_id);
            await this.notifier.notify(tx, {
              kind: 'alert',
              recipients: { roles: ['owner', 'admin'] },
              title: label ? `${label.journeyName} · ${label.touchpointName}` : row.touchpoint_id,
              body: `${judged.current.value} (n = ${judged.current.n}) < ${row.warning}`,
              link: `/dashboard/${row.journey_id}`,
              entityType: 'kpi_alert',
              entityId: id,
              dedupeKey: `kpi-alert:${id}`,
            });
          }
        }
      }
      return { opened, resolved, open: open.size, windowTo };
    });
  }

  /** `checkKpiAlerts`: evaluates the caller's workspace now, recorded in its audit trail. */
  async check(ctx: WorkspaceContext): Promise<KpiAlertCheckModel> {
    const result = await this.evaluate(ctx);
    await this.db.write(ctx, (tx) => this.audit.record(tx, { action: 'kpi_alert.check', entityType: 'workspace', entityId: ctx.workspaceId, after: { ...result } }));
    return result;
  }

  list(ctx: WorkspaceContext, args: KpiAlertsArgs): Promise<Connection<KpiAlertModel>> {
    const request = pageRequest(ALERT_LIST, args);
    return this.db.read(ctx, async (tx) => {
      const where = {
        ...(args.status === KpiAlertStatus.OPEN ? { resolvedAt: IsNull() } : args.status === KpiAlertStatus.RESOLVED ? { resolvedAt: Not(IsNull()) } : {}),
        ...(args.journeyId ? { journeyId: args.journeyId } : {}),
      };
      const found = await tx.findPage(KpiAlertEntity, where, request);
      return toConnection(ALERT_LIST, found, await this.models(tx, found.rows));
    });
  }

  /** `acknowledgeAlert`: someone has seen it (it stays open until the metric recovers). */
  async acknowledge(ctx: WorkspaceContext, id: string): Promise<KpiAlertModel> {
    return this.db.write(ctx, async (tx) => {
      const alert = await tx.findOneOrFail(KpiAlertEntity, { id }, () => metricsErrors.notFound('KpiAlert', id, 'id'), { lock: true });
      const patch = { acknowledgedAt: alert.acknowledgedAt ?? new Date(), acknowledgedBy: alert.acknowledgedBy ?? ctx.actor.userId };
      await tx.update(KpiAlertEntity, { id }, patch);
      await this.audit.record(tx, { action: 'kpi_alert.acknowledge', entityType: 'kpi_alert', entityId: id, before: { acknowledgedAt: alert.acknowledgedAt }, after: patch });
      return (await this.models(tx, [{ ...alert, ...patch }]))[0];
    });
  }

  /** Alerts with their touchpoint's and metric's names: two statements for a page. */
  private async models(tx: TenantTx, alerts: KpiAlertEntity[]): Promise<KpiAlertModel[]> {
    if (!alerts.length) return [];
    const labels = await this.touchpoints.labels(tx, alerts.map((a) => a.touchpointId));
    const definitions = new Map(
      (
        await tx.query<DefinitionNames>(`SELECT id, key, kind, name_en, name_zh, direction FROM metric_definition WHERE workspace_id = $1 AND id = ANY($2::uuid[])`, [
          [...new Set(alerts.map((a) => a.metricDefinitionId))],
        ])
      ).map((d) => [d.id, d]),
    );
    return alerts.map((a) => {
      const label = labels.get(a.touchpointId);
      const d = definitions.get(a.metricDefinitionId);
      return {
        id: a.id,
        status: a.resolvedAt ? KpiAlertStatus.RESOLVED : KpiAlertStatus.OPEN,
        journeyId: a.journeyId,
        journeyName: label?.journeyName ?? null,
        touchpointId: a.touchpointId,
        touchpointName: label?.touchpointName ?? null,
        metricId: a.metricDefinitionId,
        metricKey: d?.key ?? '',
        metricKind: d?.kind ?? '',
        metricNameEn: d?.name_en ?? '',
        metricNameZh: d?.name_zh ?? '',
        direction: d?.direction ?? '',
        value: a.value,
        n: a.n,
        low: a.low,
        high: a.high,
        warningThreshold: a.warningThreshold,
        target: a.target,
        comparisonValue: a.comparisonValue,
        comparisonN: a.comparisonN,
        difference: a.difference,
        pValue: a.pValue,
        method: a.method,
        windowFrom: a.windowFrom,
        windowTo: a.windowTo,
        comparisonFrom: a.comparisonFrom,
        comparisonTo: a.comparisonTo,
        openedAt: a.openedAt,
        latestValue: a.latestValue,
        latestN: a.latestN,
        evaluatedAt: a.evaluatedAt,
        acknowledgedAt: a.acknowledgedAt,
        acknowledgedBy: a.acknowledgedBy,
        resolvedAt: a.resolvedAt,
        resolvedValue: a.resolvedValue,
      };
    });
  }
}
