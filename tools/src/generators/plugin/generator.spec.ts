import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { readJson, type Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import * as sdk from '@opencx/plugin-sdk';
import { describePluginContract } from '@opencx/plugin-sdk/testing';
import * as ts from 'typescript';
import { generatePlugin, pluginGenerator, toStringLiteral } from './generator';

const WORKSPACE_ROOT = path.join(__dirname, '../../../..');

/** Copies the generated project out of the in-memory tree into a real folder. */
function writeProjectTo(tree: Tree, projectRoot: string, target: string): void {
  const visit = (dir: string): void => {
    for (const child of tree.children(dir)) {
      const from = `${dir}/${child}`;
      const to = path.join(target, path.relative(projectRoot, from));
      if (tree.isFile(from)) {
        fs.mkdirSync(path.dirname(to), { recursive: true });
        fs.writeFileSync(to, tree.read(from)!);
      } else {
        visit(from);
      }
    }
  };
  visit(projectRoot);
}

/** Evaluates the generated index.ts as the plugin host would, with the real SDK behind its one import. */
function loadGeneratedPlugin(indexFile: string): unknown {
  const source = fs.readFileSync(indexFile, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  });
  const moduleObject = { exports: {} as Record<string, unknown> };
  const requireSdkOnly = (id: string): unknown => {
    if (id === '@opencx/plugin-sdk') return sdk;
    throw new Error(`generated plugin imports ${id}; a plugin may only import the SDK`);
  };
  const wrapper = vm.runInThisContext(`(function (exports, require, module) {\n${outputText}\n})`, { filename: indexFile });
  wrapper(moduleObject.exports, requireSdkOnly, moduleObject);
  return moduleObject.exports['plugin'];
}

/** Type-checks the generated sources against the real SDK with the workspace compiler options. */
function typeErrors(dir: string): string[] {
  const base = ts.readConfigFile(path.join(WORKSPACE_ROOT, 'tsconfig.base.json'), ts.sys.readFile).config;
  const { options } = ts.convertCompilerOptionsFromJson(base.compilerOptions, WORKSPACE_ROOT);
  const files = [path.join(dir, 'src/index.ts'), path.join(dir, 'src/plugin.spec.ts')];
  const program = ts.createProgram(files, {
    ...options,
    noEmit: true,
    typeRoots: [path.join(WORKSPACE_ROOT, 'node_modules/@types')],
  });
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

// Generated synchronously at collection time so the contract kit can register its tests on the result.
const tree = createTreeWithEmptyWorkspace();
const generated = generatePlugin(tree, { id: 'healthcare', displayNameZh: '医疗健康' });
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'opencx-plugin-generator-'));
writeProjectTo(tree, generated.projectRoot, outDir);
const generatedPlugin = loadGeneratedPlugin(path.join(outDir, 'src/index.ts')) as sdk.PluginManifest;

afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

describe('plugin generator', () => {
  it('scaffolds the project files under plugins/<id>', () => {
    expect(tree.children('plugins/healthcare').sort()).toEqual(['README.md', 'jest.config.js', 'project.json', 'src']);
    expect(tree.children('plugins/healthcare/src').sort()).toEqual(['index.ts', 'plugin.spec.ts']);
  });

  it('tags the project as a shared plugin so module boundaries apply', () => {
    expect(readJson(tree, 'plugins/healthcare/project.json')).toMatchObject({
      name: 'plugin-healthcare',
      tags: ['type:plugin', 'platform:shared'],
      targets: { test: { options: { command: 'jest -c plugins/healthcare/jest.config.js' } } },
    });
  });

  it('points the Jest config at the shared preset', () => {
    expect(tree.read('plugins/healthcare/jest.config.js', 'utf8')).toBe(
      "module.exports = { ...require('../../jest.preset.js'), displayName: 'plugin-healthcare', rootDir: __dirname };\n",
    );
  });

  it('adds the @opencx/plugin-<id> path alias', () => {
    expect(readJson(tree, 'tsconfig.base.json').compilerOptions.paths['@opencx/plugin-healthcare']).toEqual([
      'plugins/healthcare/src/index.ts',
    ]);
  });

  it('writes a spec that runs the contract kit', () => {
    expect(tree.read('plugins/healthcare/src/plugin.spec.ts', 'utf8')).toContain('describePluginContract(plugin);');
  });

  it('produces a manifest that validates, declaring the current core version', () => {
    expect(sdk.validatePluginManifest(generatedPlugin)).toEqual({ ok: true });
    expect(generatedPlugin).toMatchObject({
      id: 'healthcare',
      compatibility: `^${sdk.CORE_VERSION}`,
      displayName: { en: 'Healthcare', 'zh-CN': '医疗健康' },
      industries: ['healthcare'],
    });
    expect(generatedPlugin.journeyTemplates).toHaveLength(1);
  });

  it('produces sources that type-check against the real SDK', () => {
    expect(typeErrors(outDir)).toEqual([]);
  }, 60_000);

  it('reports type errors, so the check above can fail', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opencx-plugin-generator-'));
    try {
      writeProjectTo(tree, generated.projectRoot, dir);
      const index = path.join(dir, 'src/index.ts');
      fs.writeFileSync(index, fs.readFileSync(index, 'utf8').replace("channel: 'web'", "channel: 'fax'"));
      expect(typeErrors(dir).join('\n')).toMatch(/"fax"/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('escapes display names so any text stays a valid string literal', () => {
    const other = createTreeWithEmptyWorkspace();
    generatePlugin(other, { id: 'car-service', displayName: 'Bob\'s "Car"\u2028\\ Service', displayNameZh: '汽车"售后"' });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opencx-plugin-generator-'));
    try {
      writeProjectTo(other, 'plugins/car-service', dir);
      const manifest = loadGeneratedPlugin(path.join(dir, 'src/index.ts')) as sdk.PluginManifest;
      expect(manifest.displayName).toEqual({ en: 'Bob\'s "Car"\u2028\\ Service', 'zh-CN': '汽车"售后"' });
      expect(sdk.validatePluginManifest(manifest)).toEqual({ ok: true });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each(["it's", 'say "hi"', 'back\\slash\\', "both \\' and \\\"", 'line\nbreak\r\t', 'sep\u2028arator\u2029', '中文“引号”'])(
    'quotes %j as a single-quoted literal that evaluates back to itself',
    (value) => {
      const literal = toStringLiteral(value);
      expect(literal).toMatch(/^'.*'$/s);
      expect(vm.runInThisContext(literal)).toBe(value);
    },
  );

  it('derives a readable default display name from the id', () => {
    const other = createTreeWithEmptyWorkspace();
    expect(generatePlugin(other, { id: 'car-service' })).toMatchObject({
      displayName: 'Car service',
      displayNameZh: 'Car service',
      importPath: '@opencx/plugin-car-service',
    });
  });

  it.each(['Healthcare', 'health_care', 'health care', ''])('refuses the id %p', (id) => {
    expect(() => generatePlugin(createTreeWithEmptyWorkspace(), { id })).toThrow(/must be kebab-case/);
  });

  it('refuses to overwrite an existing plugin', () => {
    expect(() => generatePlugin(tree, { id: 'healthcare' })).toThrow('plugins/healthcare already exists.');
  });

  it('refuses an alias that is already taken', () => {
    const other = createTreeWithEmptyWorkspace();
    other.write(
      'tsconfig.base.json',
      JSON.stringify({ compilerOptions: { paths: { '@opencx/plugin-dental': ['libs/elsewhere/src/index.ts'] } } }),
    );
    expect(() => generatePlugin(other, { id: 'dental' })).toThrow('tsconfig.base.json already maps @opencx/plugin-dental.');
    expect(other.exists('plugins/dental')).toBe(false);
  });

  it('runs end to end through the async Nx entry point', async () => {
    const other = createTreeWithEmptyWorkspace();
    await pluginGenerator(other, { id: 'banking', skipFormat: true });
    expect(other.exists('plugins/banking/src/index.ts')).toBe(true);
    expect(other.exists('plugins/banking/project.json')).toBe(true);
  });
});

// The generated plugin passes the same kit its own spec runs, untouched.
describePluginContract(generatedPlugin);

describe('registering in the API', () => {
  it('imports the new plugin in apps/api/src/plugins.ts and appends it to BUILT_IN_PLUGINS', () => {
    const workspace = createTreeWithEmptyWorkspace();
    workspace.write(
      'apps/api/src/plugins.ts',
      "import { plugin as retail } from '@opencx/plugin-retail';\nimport { loadPlugins } from '@opencx/server-plugins';\n\nexport const BUILT_IN_PLUGINS = [retail];\n",
    );
    generatePlugin(workspace, { id: 'car-service', displayName: 'Car service', displayNameZh: '汽车售后' });
    expect(workspace.read('apps/api/src/plugins.ts', 'utf8')).toBe(
      "import { plugin as retail } from '@opencx/plugin-retail';\nimport { loadPlugins } from '@opencx/server-plugins';\nimport { plugin as carService } from '@opencx/plugin-car-service';\n\nexport const BUILT_IN_PLUGINS = [retail, carService];\n",
    );
  });

  it('refuses, naming the file, when the list is not where it expects it', () => {
    const workspace = createTreeWithEmptyWorkspace();
    workspace.write('apps/api/src/plugins.ts', 'export const plugins = [];\n');
    expect(() => generatePlugin(workspace, { id: 'car-service' })).toThrow('apps/api/src/plugins.ts has no `export const BUILT_IN_PLUGINS = [...]`');
  });
});
