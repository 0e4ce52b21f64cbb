/**
 * `npm start`: build the console if its sources changed, start the API (which starts the embedded
 * PostgreSQL under .data/ unless DATABASE_URL is set, and migrates), seed the demo workspace, start
 * the console, print both URLs. Ctrl-C / SIGTERM stops console, API and database.
 * `npm start -- --plugin ../my-plugin` also loads that plugin in the dev loop (start-plugins.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { ensureConsoleBuild } from './console-build';
import { ROOT, busyPortMessage, start, stop, waitFor, type NamedPort } from './processes';
import { seedDemo, DEMO_LOGIN } from './seed-demo';
import { progressBar } from './progress-bar';
import { pluginStartEnv } from './start-plugins';

const log = (line: string) => console.log(`[opencx] ${line}`);

function relay(child: ChildProcess, name: string): void {
  const forward = (data: Buffer) => {
    for (const line of data.toString().split('\n')) {
      if (!line.trim()) continue;
      // The API logs JSON; show warnings, errors and which plugins loaded, keep the rest quiet unless LOG_LEVEL=debug.
      if (name === 'api' && process.env.LOG_LEVEL !== 'debug' && /"level":"(info|debug)"/.test(line) && !line.includes('"msg":"plugins loaded"')) continue;
      console.log(`[${name}] ${line}`);
    }
  };
  child.stdout?.on('data', forward);
  child.stderr?.on('data', forward);
}

async function main(): Promise<void> {
  const apiPort = Number(process.env.PORT ?? 3000);
  const consolePort = Number(process.env.CONSOLE_PORT ?? 3001);
  const hasConsole = existsSync(join(ROOT, 'apps/console/package.json')) || existsSync(join(ROOT, 'apps/console/next.config.ts'));
  const children: ChildProcess[] = [];
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log('stopping console, API and database …');
    for (const child of [...children].reverse()) await stop(child);
    log('stopped');
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  try {
    const ports: NamedPort[] = [{ port: apiPort, what: 'API', envVar: 'PORT', host: process.env.HOST }];
    if (hasConsole) ports.push({ port: consolePort, what: 'console', envVar: 'CONSOLE_PORT' });
    if (!process.env.DATABASE_URL) ports.push({ port: Number(process.env.OPENCX_DB_PORT ?? 54329), what: 'embedded PostgreSQL', envVar: 'OPENCX_DB_PORT' });
    const busy = await busyPortMessage(ports);
    if (busy) throw new Error(busy);

    // `npm start -- --plugin ../my-plugin`: the partner dev loop (paths from where npm was run).
    const pluginEnv = pluginStartEnv(process.argv.slice(2), process.env, process.env.INIT_CWD ?? process.cwd());
    if (pluginEnv) log(`plugin dev loop: loading ${pluginEnv.OPENCX_PLUGINS} and reloading each path on change`);

    if (hasConsole) ensureConsoleBuild(ROOT, log);

    log(process.env.DATABASE_URL ? 'starting the API on DATABASE_URL …' : 'starting the API and the embedded PostgreSQL (.data/pg) …');
    // The console beside it on loopback relays each browser's address: the API believes loopback only.
    const api = start(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
      env: { PORT: String(apiPort), OPENCX_TRUST_PROXY: process.env.OPENCX_TRUST_PROXY ?? 'loopback', ...pluginEnv },
    });
    children.push(api);
    relay(api, 'api');
    api.on('exit', (code) => {
      if (!stopping) {
        log(`the API exited (code ${code})`);
        void shutdown(code || 1);
      }
    });
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    await waitFor(`${apiUrl}/readyz`, api, 120000);

    await seedDemo(apiUrl, log, progressBar((t) => process.stdout.write(t), Boolean(process.stdout.isTTY)));

    if (hasConsole) {
      // console-server.ts is `next start` that replaces the browser's X-Forwarded-For with the socket's address.
      const web = start(process.execPath, ['-r', '@swc-node/register', 'apps/console/src/server/console-server.ts'], {
        env: { OPENCX_API_URL: apiUrl, PORT: String(consolePort), HOST: '127.0.0.1', NODE_ENV: 'production' },
      });
      children.push(web);
      relay(web, 'console');
      await waitFor(`http://127.0.0.1:${consolePort}/login`, web, 60000);
    }

    console.log('');
    log(`API      ${apiUrl}/graphql   (health: ${apiUrl}/readyz)`);
    if (hasConsole) log(`Console  http://127.0.0.1:${consolePort}`);
    log(`Demo login: ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password}`);
    log('Press Ctrl-C to stop.');
  } catch (error) {
    console.error(`[opencx] ${(error as Error).message}`);
    await shutdown(1);
  }
}

void main();
