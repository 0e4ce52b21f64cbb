import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Tree } from '@nx/devkit';
import { contextGenerator } from './generator';

const WORKSPACE_ROOT = path.join(__dirname, '../../../..');

// nx's file-system tree is what `nx g` itself uses; its subpath has no type declarations that
// moduleResolution "node" finds, hence the typed require.
const { FsTree, flushChanges } = require('nx/src/generators/tree') as {
  FsTree: new (root: string, verbose: boolean) => Tree & { listChanges(): unknown[] };
  flushChanges(root: string, changes: unknown[]): void;
};

/** A copy of the workspace's files (tracked, and new ones not ignored) sharing its node_modules. */
function copyWorkspace(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opencx-context-gen-'));
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: WORKSPACE_ROOT, encoding: 'utf-8' })
    .split('\0')
    .filter((f) => f && fs.existsSync(path.join(WORKSPACE_ROOT, f)));
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.copyFileSync(path.join(WORKSPACE_ROOT, file), path.join(dir, file));
  }
  fs.symlinkSync(path.join(WORKSPACE_ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

function run(cwd: string, command: string, args: string[]): { status: number | null; output: string } {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf-8',
    // The running test PostgreSQL (Jest's global setup) is reused: no second server.
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', CI: '1' },
    timeout: 600_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`.slice(-6000) };
}

describe('the context generator, end to end', () => {
  let dir: string;
  beforeAll(() => {
    dir = copyWorkspace();
  });
  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes a context that type-checks with the workspace and passes its own integration spec on real PostgreSQL', async () => {
    const tree = new FsTree(dir, false);
    await contextGenerator(tree, { name: 'trial-notes', skipFormat: true });
    flushChanges(dir, tree.listChanges());
    expect(fs.existsSync(path.join(dir, 'libs/server/trial-notes/src/trial-notes.int-spec.ts'))).toBe(true);

    const tsc = run(dir, path.join(dir, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json', '--noEmit']);
    expect({ status: tsc.status, output: tsc.status === 0 ? '' : tsc.output }).toEqual({ status: 0, output: '' });

    const jest = run(dir, path.join(dir, 'node_modules/.bin/jest'), ['libs/server/trial-notes', '--ci', '--runInBand', '--json']);
    const report = JSON.parse(jest.output.slice(jest.output.indexOf('{"'), jest.output.lastIndexOf('}') + 1) || '{}') as {
      numPassedTests?: number;
      numFailedTests?: number;
      testResults?: { name: string }[];
    };
    expect({ status: jest.status, failed: report.numFailedTests, output: jest.status === 0 ? '' : jest.output }).toEqual({ status: 0, failed: 0, output: '' });
    // The generated spec ran (its five tests), not an empty selection.
    expect(report.testResults?.map((r) => path.relative(dir, r.name))).toEqual(['libs/server/trial-notes/src/trial-notes.int-spec.ts']);
    expect(report.numPassedTests).toBe(5);
  });
});
