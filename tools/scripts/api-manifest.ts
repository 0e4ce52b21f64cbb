/**
 * The production manifest of the compiled API (issue 14): `dist/api/package.json` lists exactly the npm
 * packages the compiled API and its built-in plugins `require` at run time, pinned to the versions of the
 * root package-lock.json, and `dist/api/package-lock.json` is the root lock file pruned to them (Nx's
 * `generatePrunedDeployOutput`), so the image runs `npm ci --omit=dev` from dist/api alone and no longer
 * installs the console's runtime packages (next, react, antd, echarts…) that the API never loads.
 *
 * Why the compiled output is scanned rather than Nx's `createPackageJson`: Nx derives a project's npm
 * packages from its source-file analysis, which this workspace leaves off (nx.json has no
 * `pluginsConfig["@nx/js"].analyzeSourceFiles`); turning it on changes what `@nx/enforce-module-boundaries`
 * reports across the repository (it then flags static imports of libraries a test helper loads lazily).
 * The compiled files are also the more exact input: SWC turns every import that survives type erasure
 * into `require("…")`, spec and testing files are not compiled, and type-only imports are gone.
 */
import { builtinModules } from 'node:module';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '../..');

interface PackageJson {
  name?: string;
  version?: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  overrides?: Record<string, unknown>;
  allowScripts?: Record<string, boolean>;
  [field: string]: unknown;
}

export interface LockEntry {
  name?: string;
  version?: string;
  dev?: boolean;
  devOptional?: boolean;
  optional?: boolean;
  link?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

export interface LockFile {
  name: string;
  lockfileVersion: number;
  packages: Record<string, LockEntry>;
}

export const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** Every compiled `.js` file under `dir` (node_modules left out). */
export function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules') return [];
    return statSync(path).isDirectory() ? jsFiles(path) : path.endsWith('.js') ? [path] : [];
  });
}

/** `@scope/name/sub/path` → `@scope/name`, `name/sub` → `name`; null for relative paths and Node's own modules. */
export function packageOf(specifier: string): string | null {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) return null;
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  return builtinModules.includes(name) ? null : name;
}

/** Every npm package the compiled files name in `require("…")` or `require.resolve("…")`, with one file that does. */
export function requiredPackages(outDir: string): Map<string, string> {
  const found = new Map<string, string>();
  const call = /\brequire(?:\.resolve)?\(\s*(["'])([^"']+)\1\s*\)/g;
  for (const file of jsFiles(outDir)) {
    for (const match of readFileSync(file, 'utf8').matchAll(call)) {
      const name = packageOf(match[2]);
      if (name && !found.has(name)) found.set(name, relative(outDir, file));
    }
  }
  return found;
}

/** The name a lock entry installs: its `name` (aliases) or the folder after the last `node_modules/`. */
export function lockEntryName(path: string, entry: LockEntry): string {
  return entry.name ?? path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
}

/**
 * The packages of the compiled API, pinned: what its files require, plus the peer dependencies of those
 * packages that the root package.json installs for production (Nest's drivers load them by name, e.g.
 * @nestjs/apollo loads @as-integrations/fastify on Fastify). Throws if a required package is a dev
 * dependency or not a dependency at all, so a missing production dependency fails the build.
 */
export function apiDependencies(outDir: string, root = ROOT): Record<string, string> {
  const rootPackage = readJson<PackageJson>(join(root, 'package.json'));
  const lock = readJson<LockFile>(join(root, 'package-lock.json'));
  const production = rootPackage.dependencies ?? {};
  const problems: string[] = [];
  const names = new Set<string>();
  for (const [name, file] of requiredPackages(outDir)) {
    if (production[name]) names.add(name);
    else if (rootPackage.devDependencies?.[name]) problems.push(`${name} (required by ${file}) is a devDependency`);
    else problems.push(`${name} (required by ${file}) is not a dependency in package.json`);
  }
  if (problems.length) throw new Error(`the compiled API requires packages production installs lack: ${problems.join('; ')}`);
  const queue = [...names];
  for (let name = queue.shift(); name; name = queue.shift()) {
    const own = readJson<PackageJson>(join(root, 'node_modules', name, 'package.json'));
    for (const peer of Object.keys(own.peerDependencies ?? {})) {
      if (production[peer] && !names.has(peer)) {
        names.add(peer);
        queue.push(peer);
      }
    }
  }
  const pinned: Record<string, string> = {};
  for (const name of [...names].sort()) {
    const version = lock.packages[`node_modules/${name}`]?.version;
    if (!version) throw new Error(`${name} is not installed at the top of package-lock.json`);
    pinned[name] = version;
  }
  return pinned;
}

/** Where a lock entry's dependency resolves, Node's way: the nearest `node_modules/<dep>` walking up from the entry. */
export function resolveInLock(packages: Record<string, LockEntry>, from: string, dependency: string): string | null {
  let base = from;
  for (;;) {
    const candidate = `${base ? `${base}/` : ''}node_modules/${dependency}`;
    if (packages[candidate]) return candidate;
    if (!base) return null;
    const cut = base.lastIndexOf('/node_modules/');
    base = cut < 0 ? '' : base.slice(0, cut);
  }
}

/** Dependencies (and required peers) of lock entries that resolve to no entry: an installable lock has none. */
export function unresolvedInLock(lock: LockFile): string[] {
  const missing: string[] = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    const required = [
      ...Object.keys(entry.dependencies ?? {}),
      ...Object.keys(entry.peerDependencies ?? {}).filter((peer) => !entry.peerDependenciesMeta?.[peer]?.optional),
    ];
    for (const dependency of required) {
      if (!resolveInLock(lock.packages, path, dependency)) missing.push(`${path || '(root)'} → ${dependency}`);
    }
  }
  return missing;
}

/**
 * The lock without the entries nothing requires: Nx keeps optional peers it finds in the root lock (dedent's
 * babel-plugin-macros and its 22 dependencies), which npm drops as extraneous on install. Required are
 * dependencies, optional dependencies and non-optional peers, resolved from each entry the way Node does.
 */
export function withoutExtraneous(lock: LockFile): LockFile {
  const kept = new Set<string>(['']);
  const queue = [''];
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    const entry = lock.packages[path];
    if (!entry) continue;
    const required = [
      ...Object.keys(entry.dependencies ?? {}),
      ...Object.keys(entry.optionalDependencies ?? {}),
      ...Object.keys(entry.peerDependencies ?? {}).filter((peer) => !entry.peerDependenciesMeta?.[peer]?.optional),
    ];
    for (const dependency of required) {
      const target = resolveInLock(lock.packages, path, dependency);
      if (target && !kept.has(target)) {
        kept.add(target);
        queue.push(target);
      }
    }
  }
  return { ...lock, packages: Object.fromEntries(Object.entries(lock.packages).filter(([path]) => kept.has(path))) };
}

export interface ApiManifest {
  packageJson: PackageJson;
  lock: LockFile;
}

/**
 * Writes `<outDir>/package.json` and `<outDir>/package-lock.json` for the compiled API in outDir.
 * The lock is the root one pruned by Nx from the project graph's lock-file nodes (no network).
 */
export async function writeApiManifest(outDir: string, root = ROOT): Promise<ApiManifest> {
  const { createProjectGraphAsync } = await import('@nx/devkit');
  const { generatePrunedDeployOutput } = await import('@nx/devkit/internal');
  const rootPackage = readJson<PackageJson>(join(root, 'package.json'));
  const packageJson: PackageJson = {
    name: 'opencx-api',
    version: rootPackage.version,
    private: true,
    description: 'OpenCX API, production build: the npm packages the compiled API requires at run time (written by tools/scripts/build-api.ts).',
    license: rootPackage.license,
    engines: rootPackage.engines,
    dependencies: apiDependencies(outDir, root),
  };
  const graph = await createProjectGraphAsync({ exitOnError: false });
  const prune = (manifest: PackageJson): LockFile => {
    let content = '';
    generatePrunedDeployOutput(structuredClone(manifest) as Parameters<typeof generatePrunedDeployOutput>[0], graph, 'apps/api', {
      packageManager: 'npm',
      workspaceRoot: root,
      emit: (_path, text) => (content = String(text)),
    });
    return withoutExtraneous(JSON.parse(content) as LockFile);
  };
  let lock = prune(packageJson);
  const installed = new Set(Object.entries(lock.packages).map(([path, entry]) => lockEntryName(path, entry)));
  // Root overrides and install-script approvals, for the packages this tree still holds.
  const overrides = Object.entries(rootPackage.overrides ?? {}).filter(([name]) => installed.has(name) && !packageJson.dependencies?.[name]);
  if (overrides.length) {
    packageJson.overrides = Object.fromEntries(overrides);
    lock = prune(packageJson);
  }
  const allowScripts = Object.entries(rootPackage.allowScripts ?? {}).filter(([name]) => installed.has(name));
  if (allowScripts.length) packageJson.allowScripts = Object.fromEntries(allowScripts);

  // Nx falls back to the whole root lock when pruning fails: that lock would not match this manifest.
  const locked = lock.packages['']?.dependencies ?? {};
  if (JSON.stringify(locked) !== JSON.stringify(packageJson.dependencies)) {
    throw new Error(`the pruned package-lock.json does not match dist's package.json: ${JSON.stringify(locked)}`);
  }
  const missing = unresolvedInLock(lock);
  if (missing.length) throw new Error(`the pruned package-lock.json misses dependencies: ${missing.join(', ')}`);
  writeFileSync(join(outDir, 'package.json'), `${JSON.stringify(packageJson, null, 2)}\n`);
  writeFileSync(join(outDir, 'package-lock.json'), `${JSON.stringify(lock, null, 2)}\n`);
  return { packageJson, lock };
}

/** The installed folder in `root`'s node_modules holding the same package and version as a lock entry, or null. */
export function repositoryFolder(rootLock: LockFile, path: string, entry: LockEntry, root = ROOT): string | null {
  const name = lockEntryName(path, entry);
  const same = (p: string) => rootLock.packages[p]?.version === entry.version && lockEntryName(p, rootLock.packages[p]) === name;
  const candidates = [path, ...Object.keys(rootLock.packages).filter((p) => p !== path && p.endsWith(`node_modules/${name}`))];
  const found = candidates.find((p) => same(p) && existsSync(join(root, p, 'package.json')));
  return found ? join(root, found) : null;
}

/** Copies a package folder's own files (hard links where the file system allows); its nested node_modules are lock entries of their own. */
function mirrorPackage(from: string, to: string, top = true): void {
  mkdirSync(to, { recursive: true });
  for (const dirent of readdirSync(from, { withFileTypes: true })) {
    if (top && dirent.name === 'node_modules') continue;
    const source = join(from, dirent.name);
    const target = join(to, dirent.name);
    if (dirent.isSymbolicLink()) symlinkSync(readlinkSync(source), target);
    else if (dirent.isDirectory()) mirrorPackage(source, target, false);
    else {
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
    }
  }
}

/**
 * Lays out `<target>/node_modules` as `npm ci --omit=dev` from `lock` would, from the packages already
 * installed in the repository (no network). Optional entries not installed here (other platforms' binaries)
 * are skipped, as npm skips them; any other entry missing from the repository throws.
 */
export function installFromRepository(lock: LockFile, target: string, root = ROOT): { installed: string[]; skipped: string[] } {
  const rootLock = readJson<LockFile>(join(root, 'package-lock.json'));
  const installed: string[] = [];
  const skipped: string[] = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (!path || entry.dev) continue;
    if (entry.link) throw new Error(`${path} is a linked package: not supported`);
    const source = repositoryFolder(rootLock, path, entry, root);
    if (!source) {
      if (entry.optional) skipped.push(path);
      else throw new Error(`${path}@${entry.version} is not installed in ${root}/node_modules`);
      continue;
    }
    mirrorPackage(source, join(target, path));
    installed.push(path);
  }
  return { installed, skipped };
}
