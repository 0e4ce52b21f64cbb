import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '@opencx/server-testing';
import { buildApi, type BuiltApi } from './build-api';

function freePort(): Promise<number> {
  return new Promise((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => done(port));
    });
  });
}

async function untilReady(url: string, exited: () => boolean): Promise<number> {
  for (let i = 0; i < 600 && !exited(); i++) {
    const status = await fetch(url).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return status;
    await new Promise((r) => setTimeout(r, 100));
  }
  return 0;
}

describe('API production build', () => {
  let outDir: string;
  let built: BuiltApi;
  let database: TestDatabase;

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'opencx-api-build-'));
    built = buildApi(outDir);
    // Production dependencies sit beside the build, as in the image (docker/api.Dockerfile).
    symlinkSync(join(__dirname, '../../node_modules'), join(outDir, 'node_modules'), 'dir');
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
    rmSync(outDir, { recursive: true, force: true });
  });

  it('compiles to plain JavaScript with decorator metadata and relative workspace imports', () => {
    expect(existsSync(built.main)).toBe(true);
    const module = readFileSync(join(outDir, 'apps/api/src/app.module.js'), 'utf8');
    expect(module).not.toMatch(/require\("@opencx\//);
    expect(module).toContain('require("../../../libs/server/database/src")');
    // Nest's injection reads the constructor parameter types that emitDecoratorMetadata writes.
    const resolver = readFileSync(join(outDir, 'libs/server/journeys/src/resolvers/journey.resolver.js'), 'utf8');
    expect(resolver).toContain('"design:paramtypes"');
  });

  it('starts with node alone, migrates an empty database, answers GraphQL and stops on SIGTERM', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [built.main], {
      cwd: outDir,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '/root',
        NODE_ENV: 'production',
        PORT: String(port),
        DATABASE_OWNER_URL: database.ownerUrl,
        DATABASE_URL: database.appUrl,
        OPENCX_SCHEMA_FILE: join(outDir, 'schema.gql'),
      },
    });
    let stdout = '';
    let stderr = '';
    let exitCode: number | null | undefined;
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done((exitCode = code))));
    try {
      const ready = await untilReady(`http://127.0.0.1:${port}/readyz`, () => exitCode !== undefined);
      expect({ ready, stderr }).toEqual({ ready: 200, stderr: '' });

      const db = new Client({ connectionString: database.url });
      await db.connect();
      const applied = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM migrations')).rows[0].n;
      await db.end();
      // One migration per `<timestamp>-<name>.ts` file.
      const files = readdirSync(join(__dirname, '../../libs/server/database/src/migrations')).filter((f) => /^\d+-.+\.ts$/.test(f));
      expect(applied).toBe(files.length);

      const email = `build.${Date.now()}@example.com`;
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
        body: JSON.stringify({
          query: 'mutation($input: SignUpInput!) { signUp(input: $input) { user { email } } }',
          variables: { input: { email, password: 'correct horse battery', displayName: 'Build' } },
        }),
      });
      expect(await response.json()).toEqual({ data: { signUp: { user: { email } } } });
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(stdout).toContain('"msg":"shutting down","signal":"SIGTERM"');
  }, 120000);
});
