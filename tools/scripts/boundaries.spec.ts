import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

/** Lints source text as if it were the given file, with the repository's real ESLint config (a child process: the config is ESM). */
async function lint(file: string, code: string, rule = '@nx/enforce-module-boundaries'): Promise<string[]> {
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/eslint/bin/eslint.js'), '--format', 'json', '--stdin', '--stdin-filename', join(ROOT, file)], {
    cwd: ROOT,
    input: code,
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
    encoding: 'utf8',
  });
  const [report] = JSON.parse(result.stdout) as { messages: { ruleId: string; message: string }[] }[];
  return report.messages.filter((m) => m.ruleId === rule).map((m) => m.message);
}

/** DESIGN.md §5: dependencies point down, and lint fails on an import that breaks that. */
describe('module boundaries', () => {
  it('refuses a plugin importing a server lib', async () => {
    const errors = await lint('plugins/retail/src/probe.ts', `import { TenantDb } from '@opencx/server-database';\nexport const x = TenantDb;\n`);
    expect(errors.join('\n')).toMatch(/type:plugin.*can only depend on/);
  });

  it('refuses the domain lib importing a server lib', async () => {
    const errors = await lint('libs/domain/src/probe.ts', `import { OpenCxError } from '@opencx/server-core';\nexport const x = OpenCxError;\n`);
    expect(errors.length).toBeGreaterThan(0);
  });

  it('refuses a server lib importing the api app', async () => {
    const errors = await lint('libs/server/identity/src/probe.ts', `import { startApi } from '@opencx/api';\nexport const x = startApi;\n`);
    expect(errors.join('\n')).toMatch(/Imports of apps are forbidden|Circular dependency/);
  });

  it('accepts an import that points down', async () => {
    const errors = await lint('libs/server/identity/src/probe.ts', `import { ROLES } from '@opencx/domain';\nexport const x = ROLES;\n`);
    expect(errors).toEqual([]);
  });
});

describe('tenancy choke point', () => {
  it('refuses a raw DataSource import in a feature lib', async () => {
    const errors = await lint('libs/server/journeys/src/probe.ts', `import { DataSource } from 'typeorm';\nexport const x = DataSource;\n`, 'no-restricted-imports');
    expect(errors.join('\n')).toMatch(/TenantDb/);
  });

  it('refuses TenantDb.global() outside the identity lib', async () => {
    const code = `import { TenantDb } from '@opencx/server-database';\nexport const f = (db: TenantDb) => db.global((tx) => tx.query('SELECT 1'));\n`;
    const errors = await lint('libs/server/journeys/src/probe.ts', code, 'no-restricted-syntax');
    expect(errors.join('\n')).toMatch(/identity lib/);
    expect(await lint('libs/server/identity/src/services/probe.ts', code, 'no-restricted-syntax')).toEqual([]);
  });
});
