import { Client } from 'pg';

/**
 * Waits until every committed feedback batch's follow-up cases are opened: the cases' intake
 * (outbox) is drained after the batch commits, so a test reading cases right after a POST waits
 * for it here instead of sleeping. `databaseUrl` must see every workspace (TestApi.databaseUrl).
 */
export async function caseIntakeDrained(databaseUrl: string, timeoutMs = 60_000): Promise<void> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM case_intake`);
      if (rows[0].n === 0) return;
      if (Date.now() > until) throw new Error(`${rows[0].n} case intake row(s) still waiting after ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    await db.end();
  }
}
