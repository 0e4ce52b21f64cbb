import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { createServer } from 'node:net';

export const ROOT = new URL('../..', `file://${__dirname}/`).pathname.replace(/\/$/, '');

export const BASE_ENV = { NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NEXT_TELEMETRY_DISABLED: '1' };

/** Runs a command to completion, streaming its output; resolves with the exit code. */
export function run(command: string, args: string[], options: SpawnOptions = {}): Promise<number> {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', ...options, env: { ...process.env, ...BASE_ENV, ...options.env } });
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
    child.on('error', () => done(127));
  });
}

export function start(command: string, args: string[], options: SpawnOptions = {}): ChildProcess {
  return spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], ...options, env: { ...process.env, ...BASE_ENV, ...options.env } });
}

/** Sends SIGTERM and waits for the process (and what it stops, e.g. PostgreSQL) to finish. */
export function stop(child: ChildProcess, timeoutMs = 20000): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      done();
    });
    child.kill('SIGTERM');
  });
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => done(port));
    });
  });
}

export async function waitFor(url: string, child: ChildProcess | null, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`process exited with code ${child.exitCode} before ${url} answered`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${Math.round(timeoutMs / 1000)} s`);
}

/** Whether nothing listens on `port` (binding fails with EADDRINUSE even when the other listener took 0.0.0.0). */
export function portFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((done) => {
    const s = createServer();
    s.once('error', () => done(false));
    s.listen(port, host, () => s.close(() => done(true)));
  });
}

export interface NamedPort {
  port: number;
  /** What listens there, e.g. "API". */
  what: string;
  /** The variable that moves it, e.g. PORT. */
  envVar: string;
  /** Listen address (default 127.0.0.1). */
  host?: string;
}

/**
 * The first port already taken, as the line to print; null when all are free. Checked before
 * starting anything, so a second `npm start` never mistakes another instance's /readyz for its own.
 */
export async function busyPortMessage(ports: NamedPort[]): Promise<string | null> {
  for (const { port, what, envVar, host } of ports) {
    if (!(await portFree(port, host))) {
      return `port ${port} (${what}) is already in use — is another OpenCX running? Stop it or set ${envVar} to a free port`;
    }
  }
  return null;
}
