import type { MigrationInterface, QueryRunner } from 'typeorm';

const COUNTERS = 'n, sum, sum_squares, promoters, passives, detractors, top_box, top2_box, within_target';

/**
 * Coarse roll-ups beside the daily ones: the same counters per workspace × touchpoint × metric ×
 * site × segment, summed per ISO week (`grain` 'week', `period_start` its Monday) and per calendar
 * month ('month', its first day), in the workspace's time zone like `metric_rollup.day`. They are
 * maintained by the same statement that absorbs new rows into the daily roll-ups (one transaction),
 * so a weekly KPI over a year reads ~53 rows per key instead of ~365; edges of a window that cut a
 * week or month still come from the daily rows. Existing daily roll-ups are summed in once here
 * (as the table owner: row-level security is switched to non-forced for the two statements and back).
 */
export class MetricRollupPeriods1796532619641 implements MigrationInterface {
  name = 'MetricRollupPeriods1796532619641';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE metric_rollup_period (
        workspace_id uuid NOT NULL,
        grain text NOT NULL CHECK (grain IN ('week', 'month')),
        touchpoint_id uuid NOT NULL,
        metric_definition_id uuid NOT NULL,
        site_id uuid NOT NULL,
        segment text NOT NULL,
        period_start date NOT NULL,
        journey_id uuid NOT NULL,
        n bigint NOT NULL,
        sum numeric NOT NULL,
        sum_squares numeric NOT NULL,
        promoters bigint NOT NULL DEFAULT 0,
        passives bigint NOT NULL DEFAULT 0,
        detractors bigint NOT NULL DEFAULT 0,
        top_box bigint NOT NULL DEFAULT 0,
        top2_box bigint NOT NULL DEFAULT 0,
        within_target bigint NOT NULL DEFAULT 0,
        hist bigint[] NOT NULL,
        PRIMARY KEY (workspace_id, grain, touchpoint_id, metric_definition_id, period_start, site_id, segment),
        FOREIGN KEY (workspace_id, metric_definition_id) REFERENCES metric_definition (workspace_id, id) ON DELETE CASCADE
      )`);
    // Backfill from the daily roll-ups: histograms add cell by cell.
    await q.query(`ALTER TABLE metric_rollup NO FORCE ROW LEVEL SECURITY`);
    for (const grain of ['week', 'month']) {
      await q.query(`
        INSERT INTO metric_rollup_period (workspace_id, grain, touchpoint_id, metric_definition_id, site_id, segment, period_start, journey_id, ${COUNTERS}, hist)
        SELECT g.workspace_id, '${grain}', g.touchpoint_id, g.metric_definition_id, g.site_id, g.segment, g.period, g.journey_id, ${COUNTERS}, coalesce(h.hist, '{}')
          FROM (SELECT workspace_id, touchpoint_id, metric_definition_id, site_id, segment, date_trunc('${grain}', day::timestamp)::date AS period,
                       min(journey_id::text)::uuid AS journey_id, ${COUNTERS.split(', ').map((c) => `sum(${c}) AS ${c}`).join(', ')},
                       bool_or(cardinality(hist) > 0) AS has_hist
                  FROM metric_rollup GROUP BY 1, 2, 3, 4, 5, 6) g
          LEFT JOIN LATERAL (
                SELECT array_agg(c.total ORDER BY c.i) AS hist
                  FROM (SELECT e.i, sum(e.v)::bigint AS total
                          FROM metric_rollup x CROSS JOIN LATERAL unnest(x.hist) WITH ORDINALITY AS e(v, i)
                         WHERE g.has_hist AND x.workspace_id = g.workspace_id AND x.touchpoint_id = g.touchpoint_id AND x.metric_definition_id = g.metric_definition_id
                           AND x.site_id = g.site_id AND x.segment = g.segment AND x.day >= g.period AND x.day < g.period + interval '1 ${grain}'
                         GROUP BY e.i) c) h ON true`);
    }
    await q.query(`ALTER TABLE metric_rollup FORCE ROW LEVEL SECURITY`);
    // A weekly or monthly KPI reads the days of the periods its window cuts (at most a few days at each
    // end) from the daily roll-ups: by day across the scope's touchpoints, not by touchpoint first.
    await q.query(`CREATE INDEX metric_rollup_day ON metric_rollup (workspace_id, day)`);
    await q.query(`ALTER TABLE metric_rollup_period ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE metric_rollup_period FORCE ROW LEVEL SECURITY`);
    await q.query(`
      CREATE POLICY tenant_isolation ON metric_rollup_period
        USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)
        WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS metric_rollup_day`);
    await q.query(`DROP TABLE IF EXISTS metric_rollup_period`);
  }
}
