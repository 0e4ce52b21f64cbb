import { readFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import type { Pool, PoolClient } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * PostgreSQL has no priority per session: a backend process runs at the CPU priority it was
 * started with. A pool whose work must never slow anyone else's (the API's import thread) can
 * lower its own backends' priority when they run on this host, the way operators `renice` a
 * reporting session: for each connection's backend pid, when `/proc/<pid>` is that very
 * backend (a PostgreSQL process whose title names this connection's client port), sets its nice
 * value. Where PostgreSQL runs elsewhere (or the process may not renice it), nothing changes.
 * Such connections never go back to a pool that others use: an unprivileged process can lower a
 * priority but not raise it again.
 */
export function lowerBackendPriority(dataSource: DataSource, nice = 19): void {
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  const seen = new WeakSet<PoolClient>();
  // 'acquire' covers the connections the pool already holds as well as new ones. The backend's pid
  // is the one PostgreSQL sent at connection (BackendKeyData, kept for query cancellation).
  pool.on('acquire', (client) => {
    if (seen.has(client)) return;
    seen.add(client);
    const { processID, connection } = client as unknown as { processID?: number; connection?: { stream?: { localPort?: number } } };
    if (processID) renice(processID, connection?.stream?.localPort, nice);
  });
}

/** Null when `pid` is this connection's backend on this host and its priority was set; else why not. */
export function renice(pid: number, localPort: number | undefined, nice: number): string | null {
  if (!localPort) return 'not a TCP connection';
  let title: string;
  try {
    title = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return 'the backend is not on this host';
  }
  // A backend's title: "postgres: <user> <database> <client address>(<client port>) <state>".
  if (!title.startsWith('postgres: ') || !title.includes(`(${localPort})`)) return 'the backend is not on this host';
  try {
    setPriority(pid, nice);
    return null;
  } catch (error) {
    return `cannot renice the backend: ${(error as Error).message}`;
  }
}
