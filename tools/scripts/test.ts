/**
 * `npm test`: lint, typecheck, every Jest unit and integration test (real PostgreSQL), then the
 * Playwright e2e suite in Debian's Chromium. Every step runs even when an earlier one fails, and
 * the last line is the summary `N passed, N failed`.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, run } from './processes';

interface StepResult {
  name: string;
  passed: number;
  failed: number;
  seconds: number;
}

const REPORTS = join(ROOT, '.data/reports');
const bin = (name: string) => join(ROOT, 'node_modules/.bin', name);

async function timed(name: string, work: () => Promise<{ passed: number; failed: number }>): Promise<StepResult> {
  console.log(`\n━━ ${name} ━━`);
  const started = Date.now();
  const { passed, failed } = await work();
  const result = { name, passed, failed, seconds: Math.round((Date.now() - started) / 1000) };
  console.log(`━━ ${name}: ${passed} passed, ${failed} failed (${result.seconds} s)`);
  return result;
}

const check = async (command: string, args: string[]) => ((await run(command, args)) === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

async function jest(): Promise<{ passed: number; failed: number }> {
  const out = join(REPORTS, 'jest.json');
  rmSync(out, { force: true });
  const code = await run(bin('jest'), ['--ci', '--json', `--outputFile=${out}`]);
  const report = readJson<{ numPassedTests: number; numFailedTests: number; numRuntimeErrorTestSuites: number }>(out);
  if (!report) return { passed: 0, failed: 1 };
  const failed = report.numFailedTests + report.numRuntimeErrorTestSuites + (code !== 0 && report.numFailedTests === 0 ? 1 : 0);
  return { passed: report.numPassedTests, failed };
}

async function e2e(): Promise<{ passed: number; failed: number }> {
  const config = 'apps/console-e2e/playwright.config.ts';
  if (!existsSync(join(ROOT, config))) return { passed: 0, failed: 0 };
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    console.error(`Chromium not found at ${chromium}: install it with \`apt-get install -y chromium fonts-noto-cjk\` (bash .ci/run does this).`);
    return { passed: 0, failed: 1 };
  }
  const out = join(ROOT, 'apps/console-e2e/test-results/results.json');
  rmSync(out, { force: true });
  const code = await run(bin('playwright'), ['test', '-c', config]);
  const report = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(out);
  if (!report) return { passed: 0, failed: 1 };
  const { expected, unexpected, flaky } = report.stats;
  return { passed: expected, failed: unexpected + flaky + (code !== 0 && unexpected === 0 ? 1 : 0) };
}

async function main(): Promise<void> {
  mkdirSync(REPORTS, { recursive: true });
  const only = process.argv.slice(2);
  const steps: [string, () => Promise<{ passed: number; failed: number }>][] = [
    // The module-boundary rule reads Nx's project graph; build it first so lint can never skip the check.
    ['lint', async () => ((await run(bin('nx'), ['show', 'projects'], { stdio: 'ignore' })) === 0 ? check(bin('eslint'), ['.', '--max-warnings=0']) : { passed: 0, failed: 1 })],
    ['typecheck', async () => {
      const api = await check(bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
      const web = existsSync(join(ROOT, 'apps/console/tsconfig.json')) ? await check(bin('tsc'), ['-p', 'apps/console/tsconfig.json', '--noEmit']) : { passed: 0, failed: 0 };
      return { passed: api.passed + web.passed, failed: api.failed + web.failed };
    }],
    ['jest (unit + integration)', jest],
    ['e2e (Playwright, Chromium)', e2e],
  ];
  const results: StepResult[] = [];
  for (const [name, work] of steps) {
    if (only.length && !only.some((o) => name.startsWith(o))) continue;
    results.push(await timed(name, work));
  }
  console.log('\nSummary');
  for (const r of results) console.log(`  ${r.failed ? '✗' : '✓'} ${r.name.padEnd(28)} ${r.passed} passed, ${r.failed} failed  ${r.seconds} s`);
  const passed = results.reduce((n, r) => n + r.passed, 0);
  const failed = results.reduce((n, r) => n + r.failed, 0);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

void main();
