import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { BENCHMARKS, writeResults } from './run';
import { barOf, type BenchResult } from './report';

/**
 * Every benchmark of `npm run bench` at its tiny size, so none rots: each must run end to end
 * (their own correctness checks — rows stored, documents equal to the floor's, counters equal to
 * the raw rows — throw when broken) and report figures and checks against stated bars. No test
 * here asserts a speed: PASS/FAIL is the benchmark's verdict, not the test's.
 */

const SMOKE_TIMEOUT = 15 * 60_000;
let dir: string;
const results: BenchResult[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bench-smoke-'));
  // The console benchmark reads a build's manifests; a tiny fixture build stands in for `next build`.
  const build = join(dir, 'next');
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(build, file)), { recursive: true });
    writeFileSync(join(build, file), text);
  };
  write('static/chunks/runtime.js', 'runtime();'.repeat(50));
  write('static/chunks/page.js', 'page();'.repeat(50));
  write('build-manifest.json', JSON.stringify({ rootMainFiles: ['static/chunks/runtime.js'], polyfillFiles: [] }));
  write(
    'server/app/login/page_client-reference-manifest.js',
    `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};globalThis.__RSC_MANIFEST["/login/page"] = ${JSON.stringify({ entryJSFiles: { '[project]/app/login/page': ['static/chunks/page.js'] } })};`,
  );
  process.env.BENCH_CONSOLE_BUILD = build;
});
afterAll(() => {
  delete process.env.BENCH_CONSOLE_BUILD;
  rmSync(dir, { recursive: true, force: true });
});

describe.each(Object.keys(BENCHMARKS))('benchmark %s at the tiny size', (name) => {
  it(
    'runs end to end and reports figures and checks against stated bars',
    async () => {
      const logged: string[] = [];
      const result = await BENCHMARKS[name]('tiny', (line) => logged.push(line));
      results.push(result);
      expect(result.lines.length).toBeGreaterThan(0);
      expect(result.checks.length).toBeGreaterThan(0);
      for (const check of result.checks) {
        expect(typeof check.pass).toBe('boolean');
        expect(barOf(check.label)).not.toBe('');
        expect(String(check.value)).toMatch(/\d/);
      }
    },
    SMOKE_TIMEOUT,
  );
});

it('writes the run as JSON and a chart with one bar row per check', () => {
  const files = writeResults(join(dir, 'results'), 'smoke', 'tiny', results);
  const json = JSON.parse(readFileSync(files.json, 'utf8')) as { size: string; results: BenchResult[] };
  expect(json.size).toBe('tiny');
  expect(json.results.map((r) => r.name)).toEqual(results.map((r) => r.name));
  const svg = readFileSync(files.chart, 'utf8');
  const checks = results.reduce((n, r) => n + r.checks.length, 0);
  expect(svg.match(/ (?:PASS|FAIL)</g)?.length).toBe(checks);
});
