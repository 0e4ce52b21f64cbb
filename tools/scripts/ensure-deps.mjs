// Installs npm dependencies when node_modules is missing or older than package-lock.json.
// Runs with plain Node (no dependencies), before anything else in `npm start` / `npm test`.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const lock = join(root, 'package-lock.json');
const stamp = join(root, 'node_modules', '.opencx-deps-stamp');

const digest = () =>
  createHash('sha256')
    .update(readFileSync(join(root, 'package.json')))
    .update(existsSync(lock) ? readFileSync(lock) : '')
    .digest('hex');

const wanted = digest();
if (existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) process.exit(0);

// `npm install` (not `npm ci`): it honours the lock file, and npm ci rejects locks whose optional
// per-platform binaries (@swc/core-darwin-*, …) the registry mirror does not list.
const args = ['install', '--no-audit', '--no-fund', '--prefer-offline'];
console.log(`[opencx] dependencies missing or stale — running npm ${args[0]} …`);
const result = spawnSync('npm', args, { cwd: root, stdio: 'inherit', env: { ...process.env, NX_NO_CLOUD: 'true' } });
if (result.status !== 0) {
  console.error(`[opencx] npm ${args[0]} failed with exit code ${result.status}`);
  process.exit(result.status ?? 1);
}
writeFileSync(stamp, digest());
