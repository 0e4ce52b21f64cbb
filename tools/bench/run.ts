/**
 * `npm run bench [-- --size tiny|small|large] [-- --only api] [-- --scale]`: runs the benchmarks of DESIGN.md §7
 * that the product has features for, prints each figure, its baseline from the same run, the ratio,
 * the bar and PASS/FAIL, and writes the run as JSON and a small SVG chart under tools/bench/results/
 * (git-ignored).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { apiBench } from './api.bench';
import { rlsBench } from './rls.bench';
import { batchBench } from './batch.bench';
import { sentimentBench } from './sentiment.bench';
import { ingestBench } from './ingest.bench';
import { kpiBench } from './kpi.bench';
import { rollupBench } from './rollup.bench';
import { neighbourBench } from './neighbour.bench';
import { consoleBench } from './console.bench';
import { scaleBench } from './scale.bench';
import type { Size } from './bench-kit';
import { benchChart, benchTable, type BenchResult } from './report';

export type { BenchResult } from './report';

export const BENCHMARKS: Record<string, (size: Size, log: (line: string) => void) => Promise<BenchResult>> = {
  api: apiBench,
  rls: rlsBench,
  batch: batchBench,
  sentiment: sentimentBench,
  ingest: ingestBench,
  kpi: kpiBench,
  rollup: rollupBench,
  neighbour: neighbourBench,
  console: consoleBench,
  scale: scaleBench,
};

/** Run only when named (`--scale` or `--only scale`): they repeat other benchmarks at several sizes. */
const ON_REQUEST = ['scale'];


/** Writes a run's JSON and chart under `dir`; answers the two paths. */
export function writeResults(dir: string, label: string, size: Size, results: BenchResult[]): { json: string; chart: string } {
  mkdirSync(dir, { recursive: true });
  const stem = join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${label}-${size}`);
  writeFileSync(`${stem}.json`, JSON.stringify({ size, at: new Date().toISOString(), results }, null, 2));
  writeFileSync(`${stem}.svg`, benchChart(results, `npm run bench (${label}, size ${size})`));
  return { json: `${stem}.json`, chart: `${stem}.svg` };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const given = args.includes('--size') ? args[args.indexOf('--size') + 1] : 'small';
  if (given !== 'tiny' && given !== 'small' && given !== 'large') throw new Error(`--size must be tiny, small or large, got ${given}`);
  const size: Size = given;
  const only = args.includes('--scale') ? 'scale' : args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
  if (only && !BENCHMARKS[only]) throw new Error(`no benchmark "${only}" (one of ${Object.keys(BENCHMARKS).join(', ')})`);
  const results: BenchResult[] = [];
  for (const [name, bench] of Object.entries(BENCHMARKS)) {
    if (only ? only !== name : ON_REQUEST.includes(name)) continue;
    console.log(`\n▶ ${name} (size ${size})`);
    results.push(await bench(size, (line) => console.log(`  ${line}`)));
  }
  console.log('\nResults');
  for (const r of results) {
    console.log(`\n${r.name}`);
    for (const line of r.lines) console.log(`  ${line}`);
  }
  console.log(`\n${benchTable(results)}`);
  const files = writeResults(process.env.BENCH_RESULTS_DIR ?? join(__dirname, 'results'), only ?? 'all', size, results);
  console.log(`results: ${files.json}\nchart:   ${files.chart}`);
  process.exit(results.some((r) => r.checks.some((c) => !c.pass)) ? 1 : 0);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    // A start-up failure (e.g. the embedded database) is one line, like `npm start`'s, not a stack trace.
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
