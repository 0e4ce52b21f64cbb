import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from '../scripts/processes';
import { BENCHMARKS } from './run';
import { barOf, type BenchResult } from './report';

/**
 * Every benchmark of `npm run bench` at its tiny size, as `npm run bench` runs it (a child process:
 * the embedded PostgreSQL and the API start as they do there), so none rots: each must run end to
 * end — their own correctness checks (rows stored, documents equal to the floor's, counters equal
 * to the raw rows) throw when broken — and report figures and checks against stated bars. No test
 * here asserts a speed: PASS/FAIL is the benchmark's verdict, not the test's.
 */

const SMOKE_TIMEOUT = 15 * 60_000;
/** The scale curve runs three benchmarks at two sizes each: six databases and APIs started one after another. */
const timeoutOf = (name: string) => (name === 'scale' ? 3 * SMOKE_TIMEOUT : SMOKE_TIMEOUT);
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bench-smoke-'));
  // The console benchmark reads a build's manifests; a tiny fixture build stands in for `next build`.
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(dir, 'next', file)), { recursive: true });
    writeFileSync(join(dir, 'next', file), text);
  };
  write('static/chunks/runtime.js', 'runtime();'.repeat(50));
  write('static/chunks/page.js', 'page();'.repeat(50));
  write('build-manifest.json', JSON.stringify({ rootMainFiles: ['static/chunks/runtime.js'], polyfillFiles: [] }));
  write(
    'server/app/login/page_client-reference-manifest.js',
    `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};globalThis.__RSC_MANIFEST["/login/page"] = ${JSON.stringify({ entryJSFiles: { '[project]/app/login/page': ['static/chunks/page.js'] } })};`,
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runBench(name: string, results: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['-r', '@swc-node/register', 'tools/bench/run.ts', '--size', 'tiny', '--only', name],
      { cwd: ROOT, env: { ...process.env, BENCH_RESULTS_DIR: results, BENCH_CONSOLE_BUILD: join(dir, 'next') }, maxBuffer: 64 * 1024 * 1024, timeout: timeoutOf(name) - 30_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe.each(Object.keys(BENCHMARKS))('benchmark %s at the tiny size', (name) => {
  it(
    'runs end to end and reports its figures, a table with every check, the JSON and the chart',
    async () => {
      const results = join(dir, `results-${name}`);
      const { code, stdout, stderr } = await runBench(name, results);
      // 0: every bar met; 1: some bar missed (a verdict, not a failure of this test); a crash prints "bench: …" instead of the results.
      expect({ code, crashed: /^bench: /m.test(stderr) ? stderr.slice(-2000) : null }).toEqual({ code: expect.any(Number), crashed: null });
      expect([0, 1]).toContain(code);
      const json = /^results: (.+\.json)$/m.exec(stdout)?.[1];
      const chart = /^chart: +(.+\.svg)$/m.exec(stdout)?.[1];
      expect(json?.startsWith(results)).toBe(true);
      const run = JSON.parse(readFileSync(json as string, 'utf8')) as { size: string; results: BenchResult[] };
      expect(run.size).toBe('tiny');
      expect(run.results).toHaveLength(1);
      const [result] = run.results;
      expect(result.lines.length).toBeGreaterThan(0);
      expect(result.checks.length).toBeGreaterThan(0);
      for (const check of result.checks) {
        expect(typeof check.pass).toBe('boolean');
        expect(barOf(check.label)).not.toBe('');
        expect(String(check.value)).toMatch(/\d/);
        expect(stdout).toContain(`| ${check.pass ? 'PASS' : 'FAIL'}`);
      }
      expect(code).toBe(result.checks.every((c) => c.pass) ? 0 : 1);
      expect(readFileSync(chart as string, 'utf8').match(/ (?:PASS|FAIL)</g)).toHaveLength(result.checks.length);
    },
    timeoutOf(name),
  );
});
