import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * KPI alerts (issue 11): a touchpoint's bound metric over the last 7 days fell below its warning
 * threshold and differs significantly from the 7 days before. The row keeps what triggered it (value,
 * n, interval, threshold, the comparison figure, the test's method, difference and p-value, and both
 * windows) and, while open, the latest figures of each evaluation; `resolved_at` is set when the
 * metric is back at or above its warning threshold. At most one unresolved alert per workspace ×
 * touchpoint × metric (partial unique index), so repeated or concurrent evaluations never duplicate.
 */
export class KpiAlerts1796532638775 implements MigrationInterface {
  name = 'KpiAlerts1796532638775';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE kpi_alert (
        workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        journey_id uuid NOT NULL,
        touchpoint_id uuid NOT NULL,
        metric_definition_id uuid NOT NULL,
        value double precision NOT NULL,
        n integer NOT NULL,
        low double precision,
        high double precision,
        warning_threshold double precision NOT NULL,
        target double precision,
        comparison_value double precision,
        comparison_n integer NOT NULL,
        difference double precision NOT NULL,
        p_value double precision NOT NULL,
        method text NOT NULL CHECK (method IN ('two_proportion_z', 'welch_t', 'nps_z')),
        window_from date NOT NULL,
        window_to date NOT NULL,
        comparison_from date NOT NULL,
        comparison_to date NOT NULL,
        opened_at timestamptz NOT NULL DEFAULT now(),
        latest_value double precision,
        latest_n integer NOT NULL,
        evaluated_at timestamptz NOT NULL DEFAULT now(),
        acknowledged_at timestamptz,
        acknowledged_by uuid,
        resolved_at timestamptz,
        resolved_value double precision,
        PRIMARY KEY (workspace_id, id)
      )`);
    await q.query(`CREATE UNIQUE INDEX kpi_alert_one_open ON kpi_alert (workspace_id, touchpoint_id, metric_definition_id) WHERE resolved_at IS NULL`);
    // The keyset order of alerts: newest first.
    await q.query(`CREATE INDEX kpi_alert_page ON kpi_alert (workspace_id, opened_at DESC, id)`);
    await q.query(`ALTER TABLE kpi_alert ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE kpi_alert FORCE ROW LEVEL SECURITY`);
    await q.query(`
      CREATE POLICY tenant_isolation ON kpi_alert
        USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)
        WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS kpi_alert`);
  }
}
