import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The counters every feedback batch adds to in place: daily, weekly/monthly and emotion roll-ups, and the KPI version row. */
const COUNTER_TABLES = ['metric_rollup', 'metric_rollup_period', 'emotion_rollup', 'kpi_version'] as const;

/**
 * Roll-up rows are updated in place by every batch that lands in their day, week or month (a week's
 * row by every batch of that week). With pages filled to 100 %, each update writes the new row
 * version on another page and adds an entry to every index of the table; with room left on the
 * page, PostgreSQL keeps the new version beside the old one without touching the indexes (a HOT
 * update). Applies to pages written from now on; existing pages keep their layout until rewritten.
 */
export class RollupFillfactor1796620000000 implements MigrationInterface {
  name = 'RollupFillfactor1796620000000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of COUNTER_TABLES) await q.query(`ALTER TABLE ${table} SET (fillfactor = 70)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of COUNTER_TABLES) await q.query(`ALTER TABLE ${table} RESET (fillfactor)`);
  }
}
