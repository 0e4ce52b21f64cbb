import { rmSync } from 'node:fs';
import { stopProcess } from './child-process';
import { readState } from './e2e-env';

const log = (line: string) => process.stdout.write(`[e2e] ${line}\n`);

/** Stops the console, then the API (which stops PostgreSQL), waits for both, removes the temp dir. */
export default async function globalTeardown(): Promise<void> {
  const state = readState();
  if (!state) return;
  for (const proc of [...state.processes].reverse()) {
    const outcome = await stopProcess(proc);
    log(`${proc.name} (pid ${proc.pid}) ${outcome}`);
  }
  if (process.env.OPENCX_E2E_KEEP_DATA === '1') log(`kept ${state.dataDir}`);
  else rmSync(state.dataDir, { recursive: true, force: true });
}
