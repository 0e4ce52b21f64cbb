/**
 * The partner path end to end (issue 16): pack @opencx/plugin-sdk, build the example healthcare
 * plugin in a folder outside the monorepo from that tarball only (offline `npm install`, plain
 * `tsc`, no path aliases, no monorepo tsconfig), run its contract kit there, check it with the
 * SDK's `opencx` bin, scaffold a second plugin with `create-opencx-plugin` and run its spec, then
 * start the API with OPENCX_PLUGINS naming the healthcare folder and find its template offered, under
 * the industry name its manifest declares.
 * Fails as soon as the SDK stops being installable outside the monorepo.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { createTestDatabase, type TestDatabase } from '@opencx/server-testing';
import { buildPluginSdk, type BuiltSdk } from './build-plugin-sdk';
import { postGraphqlOk } from './graphql-client';
import { freePort, ROOT, start, stop, waitFor } from './processes';

const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');
const JEST = join(ROOT, 'node_modules/jest/bin/jest.js');
/** Jest's own globals' types: the test runner's, not the SDK's (a partner installs @types/jest). */
const JEST_TYPES = ['--typeRoots', join(ROOT, 'node_modules/@types')];

let work: string;
let sdk: BuiltSdk;

interface Ran {
  code: number | null;
  out: string;
}

function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Ran {
  // A clean environment: nothing of the monorepo's (NODE_PATH, npm config of the root) leaks in.
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: work, npm_config_cache: join(work, '.npm'), npm_config_update_notifier: 'false', ...env },
  });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

/**
 * Installs the packed SDK into a plugin folder, offline. Its devDependencies (jest, typescript,
 * @types/jest) are left out: they would need the registry, and the monorepo's copies run instead.
 */
function installAt(dir: string): void {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies?: unknown };
  pkg.dependencies['@opencx/plugin-sdk'] = `file:${sdk.tarball}`;
  delete pkg.devDependencies;
  writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
  const install = run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], dir);
  expect(install).toMatchObject({ code: 0 });
}

function compileAndRunSpec(dir: string): string {
  expect(run(process.execPath, [TSC, '-p', 'tsconfig.build.json'], dir)).toEqual({ code: 0, out: '' });
  expect(run(process.execPath, [TSC, '-p', 'tsconfig.json', ...JEST_TYPES], dir)).toEqual({ code: 0, out: '' });
  const jest = run(process.execPath, [JEST, '--ci', '--rootDir', dir], dir);
  expect(jest.out).toMatch(/Tests:\s+\d+ passed, \d+ total/);
  expect(jest.code).toBe(0);
  return jest.out;
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'opencx-partner-'));
  sdk = buildPluginSdk(join(work, 'sdk'));
}, 120000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

it('packs an SDK whose version is the core version and whose package names no unpublished dependency', () => {
  const packed = JSON.parse(readFileSync(join(sdk.packageDir, 'package.json'), 'utf8')) as Record<string, unknown> & { dependencies: Record<string, string> };
  const { CORE_VERSION } = require(join(sdk.packageDir, 'dist/cjs/plugin-sdk/src/index.js')) as { CORE_VERSION: string };
  expect(packed.version).toBe(CORE_VERSION);
  expect(sdk.tarball.endsWith(`opencx-plugin-sdk-${CORE_VERSION}.tgz`)).toBe(true);
  expect(packed.private).toBeUndefined();
  expect(Object.keys(packed.dependencies)).toEqual(['semver']);
  expect(packed.bundleDependencies).toEqual(['semver']);
  expect(Object.keys(packed.exports as object)).toEqual(['.', './testing', './package.json']);
});

describe('a plugin built outside the monorepo from the tarball', () => {
  let plugin: string;

  beforeAll(() => {
    plugin = join(work, 'opencx-plugin-healthcare');
    cpSync(join(ROOT, 'examples/healthcare-plugin'), plugin, { recursive: true });
    installAt(plugin);
  }, 60000);

  it('compiles with plain tsc and passes its contract kit there', () => {
    const out = compileAndRunSpec(plugin);
    expect(out).toContain('plugin contract: healthcare');
    expect(out).toContain('follows an outpatient visit from booking to the follow-up call');
  }, 60000);

  it("shows a failing contract check at the plugin's definePlugin call, not inside the installed SDK", () => {
    const manifest = join(plugin, 'build/broken-plugin.js');
    const spec = join(plugin, 'build/broken-plugin.spec.js');
    writeFileSync(
      manifest,
      [
        "const { definePlugin } = require('@opencx/plugin-sdk');",
        "const { aPluginManifest } = require('@opencx/plugin-sdk/testing');",
        "exports.plugin = definePlugin({ ...aPluginManifest(), compatibility: '^9.0.0' });",
        '',
      ].join('\n'),
    );
    writeFileSync(spec, "require('@opencx/plugin-sdk/testing').describePluginContract(require('./broken-plugin').plugin);\n");
    try {
      const jest = run(process.execPath, [JEST, '--ci', '--rootDir', plugin, 'broken-plugin'], plugin);
      expect(jest.code).toBe(1);
      expect(jest.out).toMatch(/Tests:\s+1 failed, \d+ passed/);
      // Jest's code frame: line 3 of the plugin's file, where definePlugin is called.
      expect(jest.out).toContain("> 3 | exports.plugin = definePlugin({ ...aPluginManifest(), compatibility: '^9.0.0' });");
      // The stack's top frame too (Jest prints it relative to its root).
      expect(jest.out.split('\n').find((l) => /^\s+at /.test(l))).toMatch(/\(\S*build\/broken-plugin\.js:3:\d+\)$/);
    } finally {
      rmSync(manifest);
      rmSync(spec);
    }
  }, 60000);

  it('loads as an ES module and as CommonJS', () => {
    const esm = run(process.execPath, ['--input-type=module', '-e', `import { CORE_VERSION, definePlugin } from '@opencx/plugin-sdk'; import { aPluginManifest } from '@opencx/plugin-sdk/testing'; console.log(CORE_VERSION, typeof definePlugin, aPluginManifest().id)`], plugin);
    const cjs = run(process.execPath, ['-e', `const s = require('@opencx/plugin-sdk'); console.log(s.CORE_VERSION, typeof s.definePlugin, require('@opencx/plugin-sdk/testing').aPluginManifest().id)`], plugin);
    expect(esm).toEqual({ code: 0, out: `${sdk.version} function sample-services\n` });
    expect(cjs).toEqual(esm);
  });

  it('`opencx plugin check` prints the report: valid here, each problem of a broken copy otherwise', () => {
    const ok = run(join(plugin, 'node_modules/.bin/opencx'), ['plugin', 'check', '.'], plugin);
    expect(ok).toEqual({ code: 0, out: `✓ plugin "healthcare"@1.0.0: valid, compatible with core ${sdk.version} (1 journey template, 1 metrics, 1 personas)\n` });
    const built = readFileSync(join(plugin, 'dist/index.js'), 'utf8');
    writeFileSync(join(plugin, 'dist/broken.js'), built.replace("emotion: 2,", 'emotion: 5,').replace("metricKeys: ['nps']", "metricKeys: ['npss']"));
    const bad = run(join(plugin, 'node_modules/.bin/opencx'), ['plugin', 'check', './dist/broken.js'], plugin);
    expect(bad.code).toBe(1);
    expect(bad.out.trim().split('\n')).toEqual([
      expect.stringMatching(/^✗ plugin "healthcare": journeyTemplates\["outpatient-visit"\]\.stages\["follow-up"\]\.touchpoints\["follow-up-call"\]\.emotion must be an integer between -3 and 3 \(got 5\)$/),
      expect.stringMatching(/^✗ plugin "healthcare": journeyTemplates\["outpatient-visit"\]\.stages\["follow-up"\]\.touchpoints\["follow-up-call"\]\.metricKeys\[0\] .*"npss".*did you mean "nps"\?/),
      '2 problems',
    ]);
  });

  it('scaffolds a publishable plugin with create-opencx-plugin whose spec passes against the packed SDK', () => {
    const scaffold = join(work, 'opencx-plugin-dental');
    const created = run(join(plugin, 'node_modules/.bin/create-opencx-plugin'), ['dental', '--name-zh', '口腔诊所', '--name-en', 'Dental clinic', '--dir', scaffold], work);
    expect(created.code).toBe(0);
    expect(created.out).toContain('package.json, tsconfig.json, tsconfig.build.json, .gitignore, src/index.ts, src/plugin.spec.ts, README.md');
    const pkg = JSON.parse(readFileSync(join(scaffold, 'package.json'), 'utf8')) as { name: string; dependencies: Record<string, string> };
    expect(pkg.name).toBe('opencx-plugin-dental');
    expect(pkg.dependencies).toEqual({ '@opencx/plugin-sdk': `^${sdk.version}` });
    expect(readFileSync(join(scaffold, 'src/index.ts'), 'utf8')).toContain(`displayName: text("Dental clinic", "口腔诊所")`);
    installAt(scaffold);
    expect(compileAndRunSpec(scaffold)).toContain('plugin contract: dental');
    const missingName = run(join(plugin, 'node_modules/.bin/create-opencx-plugin'), ['optician', '--name-en', 'Optician', '--dir', join(work, 'optician')], work);
    expect(missingName.code).toBe(2);
    expect(missingName.out).toContain('both names are needed: --name-zh <中文名> --name-en <English name>');
  }, 90000);

  describe('installed into the API with OPENCX_PLUGINS=<its folder>', () => {
    let db: TestDatabase;
    let api: ChildProcess;
    let url: string;
    let output = '';

    beforeAll(async () => {
      db = await createTestDatabase();
      const port = await freePort();
      url = `http://127.0.0.1:${port}`;
      // The default log level (info): start-up names every plugin it loaded, with its version.
      api = start(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
        env: { DATABASE_URL: db.appUrl, DATABASE_OWNER_URL: db.ownerUrl, PORT: String(port), LOG_LEVEL: 'info', OPENCX_SCHEMA_FILE: '/dev/null', OPENCX_PLUGINS: plugin },
      });
      api.stdout?.on('data', (d: Buffer) => (output += d.toString()));
      api.stderr?.on('data', (d: Buffer) => (output += d.toString()));
      // Generous: the API compiles on start-up, on a machine other builds may be loading.
      await waitFor(`${url}/readyz`, api, 240000).catch((error: Error) => {
        throw new Error(`${error.message}; the API said:\n${output.slice(-4000)}`);
      });
    }, 300000);

    afterAll(async () => {
      await stop(api);
      await db.drop();
    });

    it('logs it at start-up and offers its template in the gallery, in Chinese and English', async () => {
      const loaded = output.split('\n').find((l) => l.includes('"msg":"plugins loaded"'));
      expect(JSON.parse(loaded ?? '{}')).toMatchObject({ level: 'info', plugins: [expect.stringMatching(/^property-services@/), expect.stringMatching(/^retail@/), expect.stringMatching(/^b2b@/), 'healthcare@1.0.0'] });

      const { data: signUp } = await postGraphqlOk<{ signUp: { token: string } }>(url, `mutation($i: SignUpInput!) { signUp(input: $i) { token } }`, {
        i: { email: `partner.${Date.now()}@example.com`, password: 'correct horse battery', displayName: 'Partner' },
      });
      const auth = { authorization: `Bearer ${signUp.signUp.token}` };
      const { data: ws } = await postGraphqlOk<{ createWorkspace: { id: string } }>(url, `mutation($i: CreateWorkspaceInput!) { createWorkspace(input: $i) { id } }`, { i: { name: '示例医院' } }, auth);
      const headers = { ...auth, 'x-workspace-id': ws.createWorkspace.id };
      const gallery = async (locale: string) =>
        (
          await postGraphqlOk<{
            journeyTemplates: { id: string; pluginName: string; name: string; version: string; industryLabels: { key: string; name: string }[]; stages: { name: string }[] }[];
          }>(
            url,
            `query($i: String, $l: String) { journeyTemplates(industry: $i, locale: $l) { id pluginName name version industryLabels { key name } stages { name } } }`,
            { i: 'healthcare', l: locale },
            headers,
          )
        ).data.journeyTemplates;
      const zh = await gallery('zh-CN');
      expect(zh.map((t) => t.id)).toEqual(['healthcare/outpatient-visit']);
      expect(zh[0]).toMatchObject({ pluginName: '医疗健康', name: '门诊就医', version: '1.0.0' });
      expect(zh[0].stages.map((s) => s.name)).toEqual(['预约挂号', '签到', '就诊', '缴费', '取药', '随访']);
      // The industry is new to the host: its name comes from the manifest's industryNames, in each language.
      expect(zh[0].industryLabels).toEqual([{ key: 'healthcare', name: '医疗健康' }]);
      expect((await gallery('en'))[0]).toMatchObject({ pluginName: 'Healthcare', name: 'Outpatient visit', industryLabels: [{ key: 'healthcare', name: 'Healthcare' }] });
    });
  });
});
