/**
 * `node -r @swc-node/register tools/bench/statement-profile.ts <file> [top]`: where the database's
 * time went in a benchmark run with `BENCH_PG_STATEMENTS=<file>` (PostgreSQL's own statement
 * durations, parse + bind + execute summed per statement text), largest first.
 */
import { readFileSync } from 'node:fs';

export interface StatementCost {
  /** The statement's first 120 characters, whitespace folded. */
  statement: string;
  /** Log entries (parse, bind and execute are logged apart). */
  entries: number;
  ms: number;
}

/** Sums `duration: … ms  statement|parse|bind|execute …: <sql>` lines of a PostgreSQL log per statement text. */
export function statementCosts(log: string): StatementCost[] {
  const costs = new Map<string, StatementCost>();
  for (const entry of log.split(/\n(?=\d+ LOG:)/)) {
    const m = /^\d+ LOG:\s+duration: ([\d.]+) ms\s+(?:statement|(?:parse|bind|execute) [^:]*):\s*([\s\S]*)$/.exec(entry);
    if (!m) continue;
    const statement = m[2].split(/\n\d+ DETAIL:/)[0].replace(/\s+/g, ' ').trim().slice(0, 120);
    const cost = costs.get(statement) ?? { statement, entries: 0, ms: 0 };
    cost.entries++;
    cost.ms += Number(m[1]);
    costs.set(statement, cost);
  }
  return [...costs.values()].sort((a, b) => b.ms - a.ms);
}

if (require.main === module) {
  const [file, top = '20'] = process.argv.slice(2);
  if (!file) throw new Error('usage: statement-profile.ts <BENCH_PG_STATEMENTS file> [top]');
  const costs = statementCosts(readFileSync(file, 'utf8'));
  const total = costs.reduce((sum, c) => sum + c.ms, 0);
  console.log(`| ms | share | entries | statement |\n|---:|---:|---:|---|`);
  for (const c of costs.slice(0, Number(top))) console.log(`| ${c.ms.toFixed(0)} | ${((100 * c.ms) / total).toFixed(1)}% | ${c.entries} | \`${c.statement.replace(/\|/g, '\\|')}\` |`);
  console.log(`\ntotal ${total.toFixed(0)} ms in ${costs.length} distinct statements`);
}
