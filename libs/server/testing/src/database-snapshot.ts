import { createHash } from 'node:crypto';
import type { Client } from 'pg';

/**
 * A fingerprint of every row of every table (md5 per table), to prove that a call changed nothing
 * anywhere, including tables added after this was written.
 */
export async function snapshotDatabase(db: Client): Promise<Record<string, string>> {
  // Under row-level security an application-role connection sees no tenant rows at all, and every
  // snapshot would be equal: refuse rather than prove nothing.
  const role = await db.query<{ sees_all: boolean }>(`SELECT rolsuper OR rolbypassrls AS sees_all FROM pg_roles WHERE rolname = current_user`);
  if (!role.rows[0]?.sees_all) throw new Error('snapshotDatabase needs a connection that sees every row (superuser or BYPASSRLS), not the application role');
  // A partitioned table is read whole through its parent, so its partitions (feedback_response has
  // hundreds) are not read a second time one by one.
  const tables = (
    await db.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY 1`,
    )
  ).rows.map((r) => r.name);
  const sql = tables
    .map((t) => `SELECT '${t}' AS name, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS hash FROM "${t}" x`)
    .join(' UNION ALL ');
  // Prepared once per connection and table list (named after its text): planning a read of every
  // partition of every table costs several times more than running it, and specs snapshot hundreds
  // of times. A new table changes the text, so it gets a statement of its own and is still read.
  const name = `opencx_snapshot_${createHash('sha1').update(sql).digest('hex').slice(0, 16)}`;
  const rows = (await db.query<{ name: string; hash: string }>({ name, text: sql })).rows;
  return Object.fromEntries(rows.map((r) => [r.name, r.hash]));
}

/** The tables whose rows differ between two snapshots. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((t) => before[t] !== after[t]).sort();
}
