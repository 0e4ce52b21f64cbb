/**
 * Size of the API image's production dependencies, before and after the API got its own manifest
 * (tools/scripts/api-manifest.ts), measured in the same run on the packages installed here:
 *   before: every non-dev entry of the root package-lock.json (what `npm ci --omit=dev` at the root installs)
 *   after:  every entry of dist/api/package-lock.json (what `npm ci --omit=dev` in dist/api installs)
 * Each entry is sized by its installed folder in node_modules (its own files, nested node_modules excluded
 * since they are entries of their own; `du -sb` semantics: apparent bytes, a hard-linked file once); optional
 * entries not installed on this platform are not counted, as npm skips them too. Not part of `npm run bench`:
 *   node -r @swc-node/register tools/bench/prod-deps.ts [builtApiDir]   (default: builds the API into a temp dir)
 */
import { lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lockEntryName, repositoryFolder, type LockFile } from '../scripts/api-manifest';
import { buildApi } from '../scripts/build-api';

const ROOT = join(__dirname, '../..');

export interface DependencySet {
  /** Installed packages (lock entries with a folder here). */
  packages: number;
  bytes: number;
  /** Package name → bytes (summed over its installed copies). */
  byName: Map<string, number>;
}

function folderBytes(dir: string, seen: Set<string>, top = true): number {
  let bytes = lstatSync(dir).size;
  for (const dirent of readdirSync(dir, { withFileTypes: true })) {
    if (top && dirent.name === 'node_modules') continue;
    const path = join(dir, dirent.name);
    if (dirent.isDirectory()) {
      bytes += folderBytes(path, seen, false);
      continue;
    }
    const stat = lstatSync(path);
    const inode = `${stat.dev}:${stat.ino}`;
    if (seen.has(inode)) continue;
    seen.add(inode);
    bytes += stat.size;
  }
  return bytes;
}

/** The installed size of a lock's production entries, from this repository's node_modules. */
export function productionDependencies(lock: LockFile, root = ROOT): DependencySet {
  const rootLock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as LockFile;
  const seen = new Set<string>();
  const byName = new Map<string, number>();
  let packages = 0;
  let bytes = 0;
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (!path || entry.dev) continue;
    const folder = repositoryFolder(rootLock, path, entry, root);
    if (!folder) continue;
    const size = folderBytes(folder, seen);
    const name = lockEntryName(path, entry);
    byName.set(name, (byName.get(name) ?? 0) + size);
    packages += 1;
    bytes += size;
  }
  return { packages, bytes, byName };
}

const mb = (bytes: number) => (bytes / 1e6).toFixed(0);

async function main(): Promise<void> {
  const given = process.argv[2];
  console.log(`load average at start: ${readFileSync('/proc/loadavg', 'utf8').trim()}`);
  const dir = given ?? mkdtempSync(join(tmpdir(), 'opencx-prod-deps-'));
  try {
    if (!given) await buildApi(dir);
    const rootLock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as LockFile;
    const apiLock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8')) as LockFile;
    const direct = Object.keys((JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies);
    const before = productionDependencies(rootLock);
    const after = productionDependencies(apiLock);
    console.log('| production node_modules of the API image | packages | MB |');
    console.log('|---|---|---|');
    console.log(`| before: root package-lock.json, non-dev entries | ${before.packages} | ${mb(before.bytes)} |`);
    console.log(`| after: dist/api/package-lock.json (${direct.length} direct) | ${after.packages} | ${mb(after.bytes)} |`);
    console.log(`| ratio after/before | ${(after.packages / before.packages).toFixed(2)} | ${(after.bytes / before.bytes).toFixed(2)} |`);
    const dropped = [...before.byName].filter(([name]) => !after.byName.has(name)).sort((a, b) => b[1] - a[1]);
    console.log(`dropped ${dropped.length} packages, largest: ${dropped.slice(0, 10).map(([name, size]) => `${name} ${mb(size)} MB`).join(', ')}`);
    const kept = [...after.byName].sort((a, b) => b[1] - a[1]);
    console.log(`largest kept: ${kept.slice(0, 8).map(([name, size]) => `${name} ${mb(size)} MB`).join(', ')}`);
    const console_ = ['next', 'react', 'react-dom', 'antd', 'echarts', 'next-intl'].filter((name) => after.byName.has(name));
    const pass = console_.length === 0 && after.bytes < before.bytes;
    console.log(`bar: none of the console's packages and fewer bytes than before: ${pass ? 'PASS' : `FAIL (${console_.join(', ') || 'not smaller'})`}`);
  } finally {
    if (!given) rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
