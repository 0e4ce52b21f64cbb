import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '@opencx/server-testing';
import { productionDependencies } from '../bench/prod-deps';
import { installFromRepository, jsFiles, readJson, type LockFile } from './api-manifest';
import { buildApi, type BuiltApi } from './build-api';

const ROOT = join(__dirname, '../..');
/** The console's runtime packages, which the API never loads. */
const CONSOLE_PACKAGES = ['next', 'next-intl', 'react', 'react-dom', 'antd', 'echarts', '@dnd-kit/core', '@ant-design/icons', '@ant-design/nextjs-registry'];
const isConsolePackage = (name: string) => CONSOLE_PACKAGES.includes(name) || /^@(dnd-kit|ant-design)\//.test(name);

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
  let manifest: { dependencies: Record<string, string> };
  let lock: LockFile;
  const rootLock = readJson<LockFile>(join(ROOT, 'package-lock.json'));
  const rootPackage = readJson<{ dependencies: Record<string, string>; devDependencies: Record<string, string> }>(join(ROOT, 'package.json'));

  beforeAll(async () => {
    // Under the system's temp folder: no node_modules of the repository on the way up.
    outDir = mkdtempSync(join(tmpdir(), 'opencx-api-build-'));
    built = await buildApi(outDir);
    manifest = readJson(join(outDir, 'package.json'));
    lock = readJson(join(outDir, 'package-lock.json'));
    // As the image's `npm ci --omit=dev` in dist/api: only the packages of dist/api's lock file, laid out
    // by it, copied from the repository's node_modules (no network).
    installFromRepository(lock, outDir);
    database = await createTestDatabase();
  }, 300000);
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

  it('lists the npm packages the API requires, pinned as in the root lock, and none of the console\'s', () => {
    const names = Object.keys(manifest.dependencies);
    expect(names).toEqual(expect.arrayContaining(['@nestjs/core', '@nestjs/graphql', '@nestjs/platform-fastify', 'pg', 'pg-boss', 'typeorm', 'graphql', '@node-rs/argon2']));
    expect(names.filter(isConsolePackage)).toEqual([]);
    expect(names.filter((name) => rootPackage.devDependencies[name])).toEqual([]);
    for (const name of names) expect(`${name}@${manifest.dependencies[name]}`).toBe(`${name}@${rootLock.packages[`node_modules/${name}`].version}`);

    // The lock file installs these and their own dependencies: no console package anywhere in the tree.
    expect(lock.packages[''].dependencies).toEqual(manifest.dependencies);
    const locked = Object.keys(lock.packages).filter(Boolean).map((path) => path.slice(path.lastIndexOf('node_modules/') + 13));
    expect(locked.filter(isConsolePackage)).toEqual([]);
    for (const name of names) expect(locked).toContain(name);
  });

  it('holds fewer packages and bytes than the root lock file\'s production install', () => {
    const before = productionDependencies(rootLock);
    const after = productionDependencies(lock);
    expect(after.packages).toBeGreaterThan(Object.keys(manifest.dependencies).length);
    expect(after.packages).toBeLessThan(before.packages);
    expect(after.bytes).toBeLessThan(before.bytes);
    // The console's packages are what the API's install no longer carries.
    expect([...before.byName.keys()].filter(isConsolePackage).length).toBeGreaterThan(0);
    expect([...after.byName.keys()].filter(isConsolePackage)).toEqual([]);
  }, 120000);

  it('resolves every package the compiled files require inside its own node_modules, and no console package', () => {
    const unresolved: string[] = [];
    for (const file of jsFiles(outDir)) {
      const local = createRequire(file);
      for (const [, , specifier] of readFileSync(file, 'utf8').matchAll(/\brequire\(\s*(["'])([^"'.][^"']*)\1\s*\)/g)) {
        try {
          const resolved = local.resolve(specifier);
          if (resolved.startsWith('/') && !resolved.startsWith(join(outDir, 'node_modules'))) unresolved.push(`${specifier} → ${resolved}`);
        } catch {
          unresolved.push(`${specifier} (${relative(outDir, file)})`);
        }
      }
    }
    expect(unresolved).toEqual([]);
    const fromMain = createRequire(built.main);
    for (const name of CONSOLE_PACKAGES) expect(() => fromMain.resolve(name)).toThrow();
    // The layout is the lock's, not the repository's node_modules.
    expect(dirname(fromMain.resolve('pg/package.json'))).toBe(join(outDir, 'node_modules/pg'));
  });

  it('starts with node alone, migrates an empty database, answers GraphQL and stops on SIGTERM', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [built.main], {
      cwd: outDir,
      env: {
        PATH: process.env.PATH ?? '',
        // No ~/.node_modules: only outDir/node_modules is there to load from.
        HOME: outDir,
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
          query: 'mutation($input: SignUpInput!) { signUp(input: $input) { user { email } token } }',
          variables: { input: { email, password: 'correct horse battery', displayName: 'Build' } },
        }),
      });
      const signedUp = (await response.json()) as { data: { signUp: { user: { email: string }; token: string } } };
      expect(signedUp.data.signUp.user).toEqual({ email });
      const gql = async (query: string, variables: Record<string, unknown> = {}) =>
        (await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', authorization: `Bearer ${signedUp.data.signUp.token}` },
          body: JSON.stringify({ query, variables }),
        }).then((r) => r.json())) as unknown;
      expect(await gql('mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { name } }', { input: { name: 'Build check' } })).toEqual({
        data: { createWorkspace: { name: 'Build check' } },
      });
      expect(await gql('{ me { user { email } workspaces { name } } }')).toEqual({ data: { me: { user: { email }, workspaces: [{ name: 'Build check' }] } } });
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(stdout).toContain('"msg":"shutting down","signal":"SIGTERM"');
  }, 120000);
});
