import { join } from 'node:path';
import type { BenchResult } from './report';
import { ensureConsoleBuild, firstLoadJs, FIRST_LOAD_BUDGET_BYTES, kB } from '../scripts/console-build';
import { ROOT } from '../scripts/processes';
import type { Size } from './bench-kit';

/**
 * The console's first-load JS per route (gzip), from the production build (built here if its
 * sources changed; the same reading holds the e2e suite to the budget). LCP is not measured yet.
 */
export async function consoleBench(_size: Size, log: (line: string) => void): Promise<BenchResult> {
  // BENCH_CONSOLE_BUILD=<dir>: read that build output instead of building the console (the smoke test's fixture).
  const given = process.env.BENCH_CONSOLE_BUILD;
  if (!given) ensureConsoleBuild(ROOT, log);
  const routes = firstLoadJs(given ?? join(ROOT, 'apps/console/.next'));
  const largest = routes.reduce((a, b) => (b.gzipBytes > a.gzipBytes ? b : a));
  return {
    name: 'console',
    lines: routes.map((r) => `${r.route.padEnd(28)} first-load JS ${kB(r.gzipBytes).padStart(9)} gzip in ${r.files.length} files`),
    checks: [
      { label: `first-load JS ≤ ${kB(FIRST_LOAD_BUDGET_BYTES)} gzip on every route (largest: ${largest.route})`, value: kB(largest.gzipBytes), pass: routes.every((r) => r.gzipBytes <= FIRST_LOAD_BUDGET_BYTES) },
    ],
  };
}
