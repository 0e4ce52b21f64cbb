import { Injectable } from '@nestjs/common';
import type { TenantTx } from '@opencx/server-database';
import { OpenCxError } from '@opencx/server-core';

/** One binding as written: which definition, at which position among the touchpoint's metrics, with which target. */
export interface TouchpointMetricBinding {
  touchpointId: string;
  metricDefinitionId: string;
  targetOverride: number | null;
  position: number;
}

/** A binding as a journey map shows it: the binding plus its definition, target already resolved. */
export interface BoundTouchpointMetric extends TouchpointMetricBinding {
  definitionId: string;
  key: string;
  kind: string;
  nameEn: string;
  nameZh: string;
  unit: string | null;
  direction: string;
  /** The touchpoint's override when set, else the definition's target. */
  target: number | null;
  warningThreshold: number | null;
}

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/**
 * Owner of `touchpoint_metric`. Journeys asks here for a map's bindings (one statement, part of
 * the map load) and hands bindings back when it writes a map (restore, duplicate, templates);
 * touchpoints themselves are journeys' business, so nothing here reads the touchpoint table.
 */
@Injectable()
export class TouchpointMetricService {
  /** Every binding of a journey with its definition, in one statement (the map load's metrics). */
  async forJourney(tx: TenantTx, journeyId: string): Promise<BoundTouchpointMetric[]> {
    const rows = await tx.query<Record<string, unknown>>(
      `SELECT tm.touchpoint_id AS "touchpointId", tm.metric_definition_id AS "metricDefinitionId", tm.target_override AS "targetOverride",
              tm.position, d.id AS "definitionId", d.key, d.kind, d.name_en AS "nameEn", d.name_zh AS "nameZh", d.unit, d.direction,
              coalesce(tm.target_override, d.target) AS target, d.warning_threshold AS "warningThreshold"
         FROM touchpoint_metric tm JOIN metric_definition d ON d.workspace_id = tm.workspace_id AND d.id = tm.metric_definition_id
        WHERE tm.workspace_id = $1 AND tm.journey_id = $2
        ORDER BY tm.touchpoint_id, tm.position, d.id`,
      [journeyId],
    );
    return rows.map((r) => ({ ...r, targetOverride: num(r.targetOverride), target: num(r.target), warningThreshold: num(r.warningThreshold) }) as BoundTouchpointMetric);
  }

  /**
   * A SQL expression (for a statement that has journey `j` in scope) that changes whenever what
   * forJourney shows of the definitions bound to that journey changes: a digest of those
   * definitions' rows. Bindings themselves change only through map edits, which bump the journey's
   * revision; definitions change on their own, so a cached map (journeys) checks this too.
   */
  boundDefinitionsDigestSql(journey = 'j'): string {
    return `(SELECT md5(coalesce(string_agg(d::text, ',' ORDER BY d.id), '')) FROM metric_definition d
              WHERE d.workspace_id = ${journey}.workspace_id
                AND d.id IN (SELECT tm.metric_definition_id FROM touchpoint_metric tm WHERE tm.workspace_id = ${journey}.workspace_id AND tm.journey_id = ${journey}.id))`;
  }

  /** The kinds of the metrics bound to one touchpoint, in its order (what a public survey asks). */
  async surveyKinds(tx: TenantTx, touchpointId: string): Promise<string[]> {
    const rows = await tx.query<{ kind: string }>(
      `SELECT d.kind FROM touchpoint_metric tm JOIN metric_definition d ON d.workspace_id = tm.workspace_id AND d.id = tm.metric_definition_id
        WHERE tm.workspace_id = $1 AND tm.touchpoint_id = $2 ORDER BY tm.position, d.id`,
      [touchpointId],
    );
    return rows.map((r) => r.kind);
  }

  /** Writes bindings of a journey's touchpoints in one statement, exactly as given (restore keeps positions and overrides). */
  async insert(tx: TenantTx, journeyId: string, bindings: readonly TouchpointMetricBinding[]): Promise<void> {
    if (!bindings.length) return;
    await tx.query(
      `INSERT INTO touchpoint_metric (workspace_id, journey_id, touchpoint_id, metric_definition_id, target_override, position)
       SELECT $1, $2, * FROM unnest($3::uuid[], $4::uuid[], $5::numeric[], $6::int[])`,
      [journeyId, bindings.map((b) => b.touchpointId), bindings.map((b) => b.metricDefinitionId), bindings.map((b) => b.targetOverride), bindings.map((b) => b.position)],
    );
  }

  /** Removes every binding of a journey (before a restore writes the revision's bindings back). */
  async deleteForJourney(tx: TenantTx, journeyId: string): Promise<void> {
    await tx.query(`DELETE FROM touchpoint_metric WHERE workspace_id = $1 AND journey_id = $2`, [journeyId]);
  }

  /**
   * Replaces one touchpoint's bindings (order = position). Definitions must exist in the
   * workspace; the caller (journeys) has already checked that the touchpoint is its own.
   */
  async replaceForTouchpoint(tx: TenantTx, journeyId: string, touchpointId: string, metrics: readonly { metricDefinitionId: string; targetOverride: number | null }[]): Promise<void> {
    const ids = [...new Set(metrics.map((m) => m.metricDefinitionId))];
    if (ids.length !== metrics.length) throw OpenCxError.badInput('metrics', 'lists a metric definition twice');
    if (ids.length) {
      const found = await tx.query<{ id: string }>(`SELECT id FROM metric_definition WHERE workspace_id = $1 AND id = ANY($2::uuid[])`, [ids]);
      if (found.length !== ids.length) throw OpenCxError.badInput('metrics', 'names a metric definition that is not in this workspace');
    }
    await tx.query(`DELETE FROM touchpoint_metric WHERE workspace_id = $1 AND touchpoint_id = $2`, [touchpointId]);
    await this.insert(tx, journeyId, metrics.map((m, position) => ({ touchpointId, metricDefinitionId: m.metricDefinitionId, targetOverride: m.targetOverride, position })));
  }
}
