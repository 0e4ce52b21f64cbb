import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, run } from './processes';

const SOURCES = ['apps/console', 'libs/console', 'libs/domain/src', 'package-lock.json', 'tsconfig.base.json'];
const SKIP = new Set(['.next', 'node_modules', 'test-results']);

function hashTree(path: string, hash: ReturnType<typeof createHash>): void {
  const full = join(ROOT, path);
  if (!existsSync(full)) return;
  if (statSync(full).isFile()) {
    hash.update(path).update(readFileSync(full));
    return;
  }
  for (const entry of readdirSync(full).sort()) {
    if (!SKIP.has(entry)) hashTree(join(path, entry), hash);
  }
}

export function consoleSourceHash(): string {
  const hash = createHash('sha256');
  for (const s of SOURCES) hashTree(s, hash);
  return hash.digest('hex');
}

const STAMP = join(ROOT, 'apps/console/.next/opencx-source-hash');

/** Builds the console with `next build` unless the last build is of exactly these sources. */
export async function ensureConsoleBuilt(log: (line: string) => void = console.log): Promise<void> {
  const wanted = consoleSourceHash();
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === wanted && existsSync(join(ROOT, 'apps/console/.next/BUILD_ID'))) {
    log('console build is up to date');
    return;
  }
  log('building the console (next build) …');
  const started = Date.now();
  const code = await run(process.execPath, [join(ROOT, 'node_modules/next/dist/bin/next'), 'build', 'apps/console']);
  if (code !== 0) throw new Error(`next build failed with exit code ${code}`);
  writeFileSync(STAMP, wanted);
  log(`console built in ${Math.round((Date.now() - started) / 1000)} s`);
}
