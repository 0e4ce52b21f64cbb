import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { resolve } from 'node:path';
import { busyPortMessage, freePort } from './processes';

const ROOT = resolve(__dirname, '../..');

/** Something already listening, as another OpenCX would be. */
function occupy(): Promise<Server> {
  return new Promise((done) => {
    const s = createServer((socket) => socket.end('HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n')).listen(0, '127.0.0.1', () => done(s));
  });
}
const portOf = (s: Server) => (s.address() as { port: number }).port;

/** `npm start` without ensure-deps, with the given environment, to its end. */
function runStart(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'tools/scripts/start.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', ...env },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    // A deadlock guard: the refusal comes before anything is built or started.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`start did not stop: ${output}`));
    }, 60000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      done({ code, output });
    });
  });
}

describe('npm start while ports are taken', () => {
  const servers: Server[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
  });

  it('names the first busy port and the variable that moves it', async () => {
    const api = await occupy();
    servers.push(api);
    const free = await freePort();
    expect(await busyPortMessage([{ port: free, what: 'console', envVar: 'CONSOLE_PORT' }])).toBeNull();
    expect(
      await busyPortMessage([
        { port: free, what: 'console', envVar: 'CONSOLE_PORT' },
        { port: portOf(api), what: 'API', envVar: 'PORT' },
      ]),
    ).toBe(`port ${portOf(api)} (API) is already in use — is another OpenCX running? Stop it or set PORT to a free port`);
  });

  it('stops with one line before starting or seeding anything when another instance holds the API port', async () => {
    const other = await occupy();
    servers.push(other);
    const run = await runStart({ PORT: String(portOf(other)), CONSOLE_PORT: String(await freePort()), OPENCX_DB_PORT: String(await freePort()) });
    expect(run.code).toBe(1);
    expect(run.output).toContain(`[opencx] port ${portOf(other)} (API) is already in use — is another OpenCX running? Stop it or set PORT to a free port`);
    expect(run.output).not.toContain('seeding');
    expect(run.output).not.toContain('starting the API');
  });

  it('names OPENCX_DB_PORT when only the embedded database port is taken', async () => {
    const db = await occupy();
    servers.push(db);
    const run = await runStart({ PORT: String(await freePort()), CONSOLE_PORT: String(await freePort()), OPENCX_DB_PORT: String(portOf(db)) });
    expect(run.code).toBe(1);
    expect(run.output).toContain(`[opencx] port ${portOf(db)} (embedded PostgreSQL) is already in use — is another OpenCX running? Stop it or set OPENCX_DB_PORT to a free port`);
  });
});
