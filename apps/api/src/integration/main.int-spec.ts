import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../..');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real API entry point as a child process, the way `npm start` does. */
function runApi(env: Record<string, string>, until?: (out: string) => boolean, onReady?: (pid: number) => Promise<void>): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', OPENCX_SCHEMA_FILE: join(tmpdir(), 'opencx-unused-schema.gql'), ...env },
    });
    let stdout = '';
    let stderr = '';
    let fired = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`API did not finish: ${stdout} ${stderr}`));
    }, 110_000);
    child.stdout.on('data', (d) => {
      stdout += d;
      if (!fired && until?.(stdout)) {
        fired = true;
        void onReady?.(child.pid!).then(() => child.kill('SIGTERM'), fail);
      }
    });
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => done(port));
    });
  });
}

const portOpen = (port: number) =>
  new Promise<boolean>((done) => {
    const c = createConnection({ port, host: '127.0.0.1' });
    c.once('connect', () => (c.destroy(), done(true)));
    c.once('error', () => done(false));
  });

describe('API start-up', () => {
  it('ends with one clear line and exit code 2 on a malformed DATABASE_URL', async () => {
    const run = await runApi({ DATABASE_URL: 'mysql://root@localhost/x' });
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual(['opencx-api: configuration error: DATABASE_URL must start with postgres:// or postgresql://, got "mysql://"']);
  });

  it('ends with one clear line and exit code 2 on a bad PORT', async () => {
    const run = await runApi({ PORT: 'eighty' });
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('opencx-api: configuration error: PORT must be a port number 0–65535, got "eighty"');
  });

  it('ends with one clear line and exit code 1 when PostgreSQL is unreachable', async () => {
    const port = await freePort();
    const run = await runApi({ DATABASE_URL: `postgres://opencx:secret@127.0.0.1:${port}/opencx` });
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^opencx-api: cannot connect to PostgreSQL at postgres://opencx:\\*\\*\\*@127.0.0.1:${port}/opencx: `));
    expect(lines[0]).not.toContain('secret');
  });

  it('refuses to start with one clear line when a configured plugin cannot be loaded', async () => {
    const run = await runApi({ DATABASE_URL: process.env.TEST_DATABASE_URL!, PORT: '0', OPENCX_PLUGINS: 'opencx-plugin-that-is-not-installed' });
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^opencx-api: cannot load plugin from package "opencx-plugin-that-is-not-installed": /);
  });

  it('ends with one clear line and exit code 1 when the port is taken', async () => {
    const blocker: Server = await new Promise((done) => {
      const s = createServer().listen(0, '127.0.0.1', () => done(s));
    });
    const port = (blocker.address() as { port: number }).port;
    try {
      // The test server's superuser: only the port matters here (rls-startup.int-spec covers the role check).
      const run = await runApi({ DATABASE_URL: process.env.TEST_DATABASE_URL!, OPENCX_RLS: 'off', PORT: String(port) });
      expect(run.code).toBe(1);
      expect(run.stderr.trim()).toBe(`opencx-api: port ${port} is already in use (set PORT)`);
    } finally {
      blocker.close();
    }
  });

  it('starts its own embedded PostgreSQL, serves /readyz, and stops everything on SIGTERM', async () => {
    // Start-up (initdb, migrations) and shutdown of a fresh cluster, both under the whole suite's load.
    const dataDir = mkdtempSync(join(tmpdir(), 'opencx-main-'));
    const [apiPort, dbPort] = [await freePort(), await freePort()];
    let ready = 0;
    try {
      const run = await runApi(
        // A generous shutdown budget: a fresh cluster's shutdown checkpoint can be slow on a disk shared with the whole suite.
        { OPENCX_DATA_DIR: dataDir, OPENCX_DB_PORT: String(dbPort), PORT: String(apiPort), OPENCX_SHUTDOWN_TIMEOUT_MS: '90000' },
        (out) => out.includes('OpenCX API listening'),
        async () => {
          ready = (await fetch(`http://127.0.0.1:${apiPort}/readyz`)).status;
        },
      );
      expect(ready).toBe(200);
      // On failure, the API's own last words are in the diff.
      expect({ code: run.code, log: run.code === 0 ? '' : `${run.stdout}\n${run.stderr}` }).toEqual({ code: 0, log: '' });
      expect(run.stdout).toContain('"msg":"shutting down","signal":"SIGTERM"');
      expect(run.stdout).toMatch(/"msg":"stopped","ms":\d+/);
      for (const line of run.stdout.trim().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
      expect(await portOpen(dbPort)).toBe(false);
      expect(await portOpen(apiPort)).toBe(false);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 240_000);

  it('stops in order on a SIGTERM that arrives during start-up: the cluster it started is not left running', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'opencx-main-'));
    const [apiPort, dbPort] = [await freePort(), await freePort()];
    try {
      // The signal lands while migrations run (right after the cluster is up), before the API listens.
      const run = await runApi(
        { OPENCX_DATA_DIR: dataDir, OPENCX_DB_PORT: String(dbPort), PORT: String(apiPort), OPENCX_SHUTDOWN_TIMEOUT_MS: '90000' },
        (out) => out.includes('embedded PostgreSQL started'),
        async () => undefined,
      );
      expect({ code: run.code, log: run.code === 0 ? '' : `${run.stdout}\n${run.stderr}` }).toEqual({ code: 0, log: '' });
      const messages = run.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { msg: string }).msg);
      // Start-up finishes, then the kept signal stops it.
      expect(messages.indexOf('shutting down')).toBeGreaterThan(messages.indexOf('OpenCX API listening'));
      expect(messages.at(-1)).toBe('stopped');
      expect(await portOpen(dbPort)).toBe(false);
      expect(await portOpen(apiPort)).toBe(false);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 240_000);
});
