import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
const ENV = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };

/** The module-boundary rule reads Nx's cached project graph and skips itself without one (a fresh checkout): build it first. */
beforeAll(() => {
  if (existsSync(join(ROOT, '.nx/workspace-data/project-graph.json'))) return;
  const built = spawnSync(process.execPath, [join(ROOT, 'node_modules/nx/dist/bin/nx.js'), 'show', 'projects'], { cwd: ROOT, env: ENV, encoding: 'utf8' });
  expect(built.status).toBe(0);
}, 120_000);

/** Lints source text as if it were the given file, with the repository's real ESLint config (a child process: the config is ESM). */
async function lint(file: string, code: string, rule = '@nx/enforce-module-boundaries'): Promise<string[]> {
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/eslint/bin/eslint.js'), '--format', 'json', '--stdin', '--stdin-filename', join(ROOT, file)], {
    cwd: ROOT,
    input: code,
    env: ENV,
    encoding: 'utf8',
  });
  expect(result.stdout).not.toMatch(/The rule will be skipped/);
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

/** DESIGN.md §5: server libs in layers, database ← core ← contexts ← composition (plugins host, apps/api). */
describe('server layers', () => {
  it('refuses a context importing the composition layer (an upward import no other rule catches)', async () => {
    // server-system and server-plugins are both type:feature, and plugins does not depend on system: only the layer rule can fire.
    const errors = await lint('libs/server/system/src/probe.ts', `import { PluginsModule } from '@opencx/server-plugins';\nexport const x = PluginsModule;\n`);
    expect(errors.join('\n')).toMatch(/layer:context.*can only depend on/);
  });

  it('refuses the database layer importing core', async () => {
    const errors = await lint('libs/server/database/src/probe.ts', `import { OpenCxError } from '@opencx/server-core';\nexport const x = OpenCxError;\n`);
    expect(errors.join('\n')).toMatch(/layer:database.*can only depend on|Circular dependency/);
  });

  it('accepts a context importing core and another context through its service', async () => {
    const errors = await lint('libs/server/journeys/src/probe.ts', `import { OpenCxError } from '@opencx/server-core';\nimport { TouchpointMetricService } from '@opencx/server-metrics';\nexport const x = [OpenCxError, TouchpointMetricService];\n`);
    expect(errors).toEqual([]);
  });
});

/** STYLE.md rule 12: one owner per table; other contexts call its services, never hold its entities. */
describe('table ownership', () => {
  const rule = 'opencx-tables/no-foreign-entity';

  it("refuses a context reading another context's table through its entity", async () => {
    const errors = await lint('libs/server/journeys/src/probe.ts', `import { TouchpointMetricEntity } from '@opencx/server-metrics';\nexport const x = TouchpointMetricEntity;\n`, rule);
    expect(errors.join('\n')).toMatch(/'TouchpointMetricEntity' is a table of server-metrics/);
  });

  it('refuses a type-only import of a foreign entity and a re-export of one too', async () => {
    const code = `import type { TeamEntity } from '@opencx/server-identity';\nexport type T = TeamEntity;\nexport { JourneyEntity } from '@opencx/server-journeys';\n`;
    const errors = await lint('libs/server/plugins/src/probe.ts', code, rule);
    expect(errors).toHaveLength(2);
  });

  it('accepts a context using its own entities and another context\'s service', async () => {
    const errors = await lint('libs/server/metrics/src/probe.ts', `import { TouchpointMetricEntity } from './touchpoint-metric.entity';\nimport { AuditService } from '@opencx/server-audit';\nexport const x = [TouchpointMetricEntity, AuditService];\n`, rule);
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

/** One model or input class per file on the server: each GraphQL type has its own file, named after it. */
describe('one GraphQL type per file', () => {
  const rule = 'opencx-graphql/one-type-per-file';
  const header = `import { ArgsType, Field, InputType, ObjectType } from '@nestjs/graphql';\n`;

  it('refuses a second @ObjectType class in a server model file', async () => {
    const code = `${header}@ObjectType('Stage') export class StageModel { @Field() name!: string; }\n@ObjectType('Touchpoint') export class TouchpointModel { @Field() name!: string; }\n`;
    const errors = await lint('libs/server/journeys/src/models/probe.model.ts', code, rule);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/'TouchpointModel' is a second GraphQL type class in this file \(the first is 'StageModel'\)/);
  });

  it('counts @InputType and @ArgsType classes too, wherever the file lives in a server lib', async () => {
    const code = `${header}@InputType('AInput') export class AInput { @Field() a!: string; }\n@ArgsType() export class BArgs { @Field() b!: string; }\n@InputType('CInput') class CInput { @Field() c!: string; }\nexport const c = CInput;\n`;
    const errors = await lint('libs/server/metrics/src/probe.ts', code, rule);
    expect(errors).toHaveLength(2);
    expect(errors.join('\n')).toMatch(/'BArgs'.*'AInput'/);
    expect(errors.join('\n')).toMatch(/'CInput'.*'AInput'/);
  });

  it('accepts one GraphQL type beside plain classes and an enum, and leaves specs alone', async () => {
    const one = `${header}export enum Kind { a = 'a' }\nexport class Helper {}\n@ObjectType('Stage') export class StageModel { @Field() name!: string; }\n`;
    expect(await lint('libs/server/journeys/src/models/probe.model.ts', one, rule)).toEqual([]);
    const two = `${header}@ObjectType('A') export class A { @Field() a!: string; }\n@ObjectType('B') export class B { @Field() b!: string; }\n`;
    expect(await lint('libs/server/journeys/src/probe.spec.ts', two, rule)).toEqual([]);
  });
});
