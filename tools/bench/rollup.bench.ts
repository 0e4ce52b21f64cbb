import { Pool } from 'pg';
import { AuditService } from '@opencx/server-audit';
import { createDataSource, TenantDb, type WorkspaceContext } from '@opencx/server-database';
import { RateLimitService, WorkspaceService } from '@opencx/server-identity';
import { emptyMeasurements, MetricRollupService, type Measurements } from '@opencx/server-metrics';
import type { BenchResult } from './report';
import { benchWorkspace, bySize, fmt, percentile, startBenchApi, startBenchDatabase, type Size } from './bench-kit';
import { benchJourney, generateResponses, rebuildRollups, ROLLUP_COLUMNS, rollupOfResponsesSql, workspaceTimeZone } from './feedback-data';

const KEY = 'workspace_id, touchpoint_id, metric_definition_id, day, site_id, segment';

interface NewRow {
  touchpoint_id: string;
  journey_id: string;
  segment: string;
  occurred_at: Date;
  nps: number | null;
  csat: number | null;
  ces: number | null;
}

/**
 * DESIGN.md §7 "rollup": the incremental roll-up (MetricRollupService.absorb, the product's code,
 * as the application role under row-level security, one transaction per 1,000-row batch as
 * ingestion does) absorbing 100 k new responses, vs `REFRESH MATERIALIZED VIEW CONCURRENTLY` of the
 * same aggregate over the whole table (base rows + the new ones) in the same run. The bar compares
 * like with like: what one arriving batch costs to keep the KPIs current — one absorb (p95 over the
 * batches) vs one refresh of the view at the table's size (400 k; `--size large` 10 M). The total
 * over all batches is printed too. Afterwards the two hold exactly the same counters, row for row.
 */
export async function rollupBench(size: Size, log: (line: string) => void): Promise<BenchResult> {
  const db = await startBenchDatabase(log);
  const api = await startBenchApi({ DATABASE_URL: db.appUrl, DATABASE_OWNER_URL: db.ownerUrl }, log);
  const pool = new Pool({ connectionString: db.url, max: 2 });
  const app = createDataSource({ url: db.appUrl, entities: [], poolSize: 2, applicationName: 'opencx-bench' });
  try {
    const NEW_ROWS = bySize(size, { tiny: 2_000, small: 100_000, large: 100_000 });
    const base = bySize(size, { tiny: 4_000, small: 400_000, large: 10_000_000 });
    const batch = Number(process.env.BENCH_ROLLUP_BATCH ?? 1000);
    const headers = await benchWorkspace(api.url, 'bench-rollup');
    const workspaceId = headers['x-workspace-id'];
    const journey = await benchJourney(api.url, headers, 6, 10);
    const timeZone = await workspaceTimeZone(pool, workspaceId);

    log(`generating ${base.toLocaleString('en')} existing responses and their roll-ups …`);
    await generateResponses(pool, workspaceId, journey, 0, base, 'base', log);
    log(`roll-ups: ${(await rebuildRollups(pool, workspaceId, timeZone)).toLocaleString('en')} rows`);
    log('materialized view of the same aggregate (with the unique index CONCURRENTLY needs) …');
    await pool.query(`CREATE MATERIALIZED VIEW bench_rollup AS ${rollupOfResponsesSql(workspaceId, timeZone)}`);
    await pool.query(`CREATE UNIQUE INDEX ON bench_rollup (${KEY})`);

    log(`${NEW_ROWS.toLocaleString('en')} new responses …`);
    await generateResponses(pool, workspaceId, journey, base, NEW_ROWS, 'new', log);
    const rows = (await pool.query<NewRow>(`SELECT touchpoint_id, journey_id, segment, occurred_at, nps, csat, ces FROM feedback_response WHERE workspace_id = $1 AND source = 'new' ORDER BY external_id`, [workspaceId])).rows;
    const metricIds = new Map((await pool.query<{ key: string; id: string }>(`SELECT key, id FROM metric_definition WHERE workspace_id = $1`, [workspaceId])).rows.map((r) => [r.key, r.id]));
    // What ingestion hands to absorb: one measurement per survey score of each new response.
    const batches: Measurements[] = [];
    for (let at = 0; at < rows.length; at += batch) {
      const m = emptyMeasurements();
      for (const r of rows.slice(at, at + batch)) {
        for (const key of ['nps', 'csat', 'ces'] as const) {
          const value = r[key];
          const metricId = metricIds.get(key);
          if (value === null || !metricId) continue;
          m.touchpointId.push(r.touchpoint_id);
          m.journeyId.push(r.journey_id);
          m.metricDefinitionId.push(metricId);
          m.siteId.push(null);
          m.segment.push(r.segment);
          m.occurredAt.push(r.occurred_at);
          m.value.push(value);
          m.slaMinutes.push(null);
        }
      }
      batches.push(m);
    }

    await app.initialize();
    const tenantDb = new TenantDb(app);
    // The product's services wired by hand (their constructors take only these), outside Nest.
    const rollups = new MetricRollupService(new WorkspaceService(tenantDb, new AuditService(tenantDb), new RateLimitService(tenantDb)));
    const ctx: WorkspaceContext = { workspaceId, role: 'owner', actor: { userId: null, tokenId: null } };
    log(`incremental: absorbing them in ${batches.length} transactions of ${batch.toLocaleString('en')} responses …`);
    const perBatch: number[] = [];
    for (const [i, m] of batches.entries()) {
      const t = performance.now();
      await tenantDb.write(ctx, (tx) => rollups.absorb(tx, m));
      perBatch.push(performance.now() - t);
      if ((i + 1) % 25 === 0) log(`  … ${i + 1}/${batches.length} batches`);
    }
    const incremental = perBatch.reduce((a, b) => a + b, 0);
    const sorted = [...perBatch].sort((a, b) => a - b);
    const batchP50 = percentile(sorted, 50);
    const batchP95 = percentile(sorted, 95);

    log(`REFRESH MATERIALIZED VIEW CONCURRENTLY over ${(base + NEW_ROWS).toLocaleString('en')} responses …`);
    const refreshStarted = performance.now();
    await pool.query('REFRESH MATERIALIZED VIEW CONCURRENTLY bench_rollup');
    const refresh = performance.now() - refreshStarted;

    const differing = async (a: string, b: string) =>
      Number((await pool.query(`SELECT count(*) AS n FROM (SELECT ${ROLLUP_COLUMNS} FROM ${a} WHERE workspace_id = $1 EXCEPT SELECT ${ROLLUP_COLUMNS} FROM ${b} WHERE workspace_id = $1) x`, [workspaceId])).rows[0].n);
    const diff = (await differing('metric_rollup', 'bench_rollup')) + (await differing('bench_rollup', 'metric_rollup'));
    if (diff) throw new Error(`the incremental roll-ups and the materialized view differ in ${diff} rows`);

    // What keeping dashboards current costs per arriving batch: one incremental absorb (daily, weekly and
    // monthly roll-ups, in the batch's transaction) vs one refresh of the view over the whole table.
    const ratio = batchP95 / refresh;
    const wholeRatio = incremental / refresh;
    return {
      name: `rollup (${NEW_ROWS.toLocaleString('en')} new responses on ${base.toLocaleString('en')}, ${batches.length} batches of ${batch.toLocaleString('en')})`,
      lines: [
        `incremental absorb per batch of ${batch.toLocaleString('en')} responses (daily + weekly + monthly roll-ups): p50 ${fmt(batchP50)} ms, p95 ${fmt(batchP95)} ms`,
        `REFRESH MATERIALIZED VIEW CONCURRENTLY over ${(base + NEW_ROWS).toLocaleString('en')} responses (daily only): ${fmt(refresh, 0)} ms`,
        `all ${batches.length} batches absorbed: ${fmt(incremental, 0)} ms = ${fmt(wholeRatio, 3)}× one refresh (info: a view refreshed once after the whole 100 k would be stale during it)`,
        'the roll-ups and the view hold the same counters, row for row',
      ],
      checks: [{ label: 'incremental absorb of one batch (p95) ÷ one refresh (bar ≤ 0.05×)', value: `${fmt(ratio, 4)}×`, pass: ratio <= 0.05 }],
    };
  } finally {
    if (app.isInitialized) await app.destroy();
    await pool.end();
    await api.close();
    await db.close();
  }
}
