import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';

export interface RunningProcess {
  name: string;
  pid: number;
  logFile: string;
}

const children = new Map<number, ChildProcess>();

/** Starts a long-running child in its own process group, its output going to `logFile`. */
export function startProcess(name: string, command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string }): RunningProcess {
  const fd = openSync(options.logFile, 'a');
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', fd, fd], detached: true });
  closeSync(fd);
  const pid = child.pid;
  if (!pid) throw new Error(`could not start ${name}`);
  children.set(pid, child);
  child.once('exit', () => children.delete(pid));
  return { name, pid, logFile: options.logFile };
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function logTail(proc: RunningProcess, lines = 40): string {
  try {
    return readFileSync(proc.logFile, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * SIGTERM, then wait for the process to exit (the API stops its embedded PostgreSQL on SIGTERM);
 * after `graceMs` the whole process group gets SIGKILL so nothing is ever left running.
 */
export async function stopProcess(proc: Pick<RunningProcess, 'name' | 'pid'>, graceMs = 20_000): Promise<'exited' | 'killed' | 'not-running'> {
  if (!isAlive(proc.pid)) return 'not-running';
  process.kill(proc.pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!isAlive(proc.pid)) break;
    await sleep(100);
  }
  const exited = !isAlive(proc.pid);
  // Leftovers in the group (e.g. a postgres that outlived a crashed API) go too.
  try {
    process.kill(-proc.pid, 'SIGKILL');
  } catch {
    // group already empty
  }
  const deadKill = Date.now() + 5_000;
  while (isAlive(proc.pid) && Date.now() < deadKill) await sleep(50);
  return exited ? 'exited' : 'killed';
}

/** Last resort when the runner itself exits: synchronous, so it works inside process.on('exit'). */
export function killAllSync(): void {
  for (const pid of children.keys()) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/** Polls `url` until `accept(response)` or the process dies or time runs out. */
export async function waitForHttp(url: string, proc: RunningProcess, options: { timeoutMs: number; accept?: (res: Response) => boolean }): Promise<void> {
  const accept = options.accept ?? ((res) => res.ok);
  const deadline = Date.now() + options.timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    if (!isAlive(proc.pid)) throw new Error(`${proc.name} exited before ${url} answered:\n${logTail(proc)}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5_000), redirect: 'manual' });
      if (accept(res)) return;
      last = `HTTP ${res.status}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await sleep(250);
  }
  throw new Error(`${proc.name}: ${url} not ready after ${options.timeoutMs} ms (${last}):\n${logTail(proc)}`);
}
