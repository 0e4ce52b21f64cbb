import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureConsoleBuild } from '@opencx/tools/console-build';
import { killAllSync, startProcess, stopProcess, waitForHttp, type RunningProcess } from './child-process';
import { buildDevPlugin, devPluginFile } from './dev-plugin';
import { writeState } from './e2e-env';
import { freePort } from './free-port';

const repoRoot = resolve(__dirname, '../../../..');
const log = (line: string) => process.stdout.write(`[e2e] ${line}\n`);

/**
 * Starts a throwaway API (embedded PostgreSQL in a temp dir, free ports), builds the console if its
 * sources changed, starts `next start` against that API, and publishes the URLs. Set
 * OPENCX_CONSOLE_URL (and OPENCX_E2E_API_URL) to test servers you started yourself instead.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.OPENCX_CONSOLE_URL) {
    log(`using the running console at ${process.env.OPENCX_CONSOLE_URL}`);
    return;
  }
  process.once('exit', killAllSync);
  const started: RunningProcess[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'opencx-e2e-'));
  try {
    const [apiPort, dbPort, consolePort] = await Promise.all([freePort(), freePort(), freePort()]);
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    // One plugin loaded by path in the dev loop, at release 1: the template-upgrade spec ships release 2.
    const devPlugin = devPluginFile(dataDir);
    buildDevPlugin(devPlugin, 1);

    const api = startProcess('api', process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
      cwd: repoRoot,
      logFile: join(dataDir, 'api.log'),
      env: {
        ...process.env,
        NODE_ENV: 'test',
        PORT: String(apiPort),
        HOST: '127.0.0.1',
        OPENCX_DATA_DIR: dataDir,
        OPENCX_DB_PORT: String(dbPort),
        // Never rewrite the committed apps/api/schema.gql from a test run.
        OPENCX_SCHEMA_FILE: join(dataDir, 'schema.gql'),
        DATABASE_URL: '',
        // The console on loopback relays each browser's address (as npm start does).
        OPENCX_TRUST_PROXY: 'loopback',
        // Every browser of the suite signs up from 127.0.0.1: more than the default 20 sign-ups an hour.
        OPENCX_SIGNUP_LIMIT_PER_IP: '1000',
        // The console sends codegen's document ids; the suite proves it works with nothing else allowed.
        OPENCX_GRAPHQL_DOCUMENTS: 'trusted',
        // The partner dev loop (README, "Plugins"): a plugin named by path, reloaded when its file changes.
        OPENCX_PLUGINS: devPlugin,
        OPENCX_PLUGIN_DEV: '1',
      },
    });
    started.push(api);
    log(`API starting on ${apiUrl} (PostgreSQL on ${dbPort}, data in ${dataDir})`);

    // Build while the API and its database start up.
    const build = ensureConsoleBuild(repoRoot, log);
    await waitForHttp(`${apiUrl}/readyz`, api, { timeoutMs: 120_000 });
    log('API ready');

    const consoleUrl = `http://127.0.0.1:${consolePort}`;
    const web = startProcess('console', process.execPath, ['-r', '@swc-node/register', 'apps/console/src/server/console-server.ts'], {
      cwd: repoRoot,
      logFile: join(dataDir, 'console.log'),
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', OPENCX_API_URL: apiUrl, PORT: String(consolePort), HOST: '127.0.0.1' },
    });
    started.push(web);
    await waitForHttp(`${consoleUrl}/login`, web, { timeoutMs: 60_000 });
    log(`console ready on ${consoleUrl}${build.built ? ` (built in ${(build.ms / 1000).toFixed(1)} s)` : ''}`);

    // Specs that check what the API recorded (e.g. the client address) read the throwaway database.
    const databaseUrl = `postgres://postgres:opencx@127.0.0.1:${dbPort}/postgres`;
    writeState({ consoleUrl, apiUrl, databaseUrl, dataDir, processes: started.map(({ name, pid, logFile }) => ({ name, pid, logFile })) });
  } catch (error) {
    for (const proc of started.reverse()) await stopProcess(proc);
    if (process.env.OPENCX_E2E_KEEP_DATA !== '1') rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}
