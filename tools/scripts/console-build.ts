import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const SKIP_DIRS = new Set(['node_modules', '.next', 'test-results', 'playwright-report', '.nx']);
const SKIP_FILES = /(^next-env\.d\.ts$|\.tsbuildinfo$|\.spec\.tsx?$)/;

function listFiles(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) listFiles(full, out);
    } else if (!SKIP_FILES.test(entry.name)) out.push(full);
  }
  return out;
}

/** Hash of everything the console build reads from this repo (sources, messages, libs, config, lockfile). */
export function consoleSourceHash(repoRoot: string): string {
  const hash = createHash('sha256');
  const files = [
    ...listFiles(join(repoRoot, 'apps/console')),
    ...listFiles(join(repoRoot, 'libs/console')),
    ...listFiles(join(repoRoot, 'libs/domain/src')),
    join(repoRoot, 'tsconfig.base.json'),
    join(repoRoot, 'package-lock.json'),
  ]
    .filter((f) => existsSync(f) && statSync(f).isFile())
    .sort();
  for (const file of files) {
    hash.update(relative(repoRoot, file));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

const stampPath = (repoRoot: string) => join(repoRoot, 'apps/console/.next/opencx-source-hash');

/** Builds the console with `next build` unless .next already holds a build of exactly these sources (shared by `npm start` and the e2e harness). */
export function ensureConsoleBuild(repoRoot: string, log: (line: string) => void): { built: boolean; ms: number } {
  const started = Date.now();
  const hash = consoleSourceHash(repoRoot);
  const buildId = join(repoRoot, 'apps/console/.next/BUILD_ID');
  const stamp = stampPath(repoRoot);
  if (process.env.OPENCX_FORCE_CONSOLE_BUILD !== "1" && process.env.OPENCX_E2E_FORCE_BUILD !== "1" && existsSync(buildId) && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === hash) {
    log('console build is up to date');
    return { built: false, ms: Date.now() - started };
  }
  log('building the console (next build apps/console) ...');
  const result = spawnSync(process.execPath, [require.resolve('next/dist/bin/next'), 'build', 'apps/console'], {
    cwd: repoRoot,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status ?? result.signal})`);
  writeFileSync(stamp, hash + '\n');
  const ms = Date.now() - started;
  log(`console built in ${(ms / 1000).toFixed(1)} s`);
  return { built: true, ms };
}

/** What the built console makes a browser download first, per route (the e2e suite holds it to the budget). */
export { firstLoadJs, FIRST_LOAD_BUDGET_BYTES, kB, routeOf, type RouteFirstLoad } from './first-load-js';
