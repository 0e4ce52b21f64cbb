import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CORE_VERSION } from '../core-version';
import { isKebabCase } from '../manifest-key';

export interface ScaffoldOptions {
  /** kebab-case plugin id, e.g. `healthcare`. */
  readonly id: string;
  readonly nameZh: string;
  readonly nameEn: string;
  /** kebab-case industry key; defaults to the id. */
  readonly industry?: string;
  /** npm package name; defaults to `opencx-plugin-<id>`. */
  readonly packageName?: string;
  /** The dependency spec for @opencx/plugin-sdk; defaults to `^<CORE_VERSION>`. */
  readonly sdk?: string;
}

const USAGE = 'usage: create-opencx-plugin <id> --name-zh <中文名> --name-en <English name> [--industry <key>] [--dir <folder>] [--package <npm name>] [--sdk <version or file:…>]';

/** A TypeScript string literal for any text. */
const lit = (text: string) => JSON.stringify(text);

function manifestSource(o: Required<Omit<ScaffoldOptions, 'packageName' | 'sdk'>>): string {
  return `import { definePlugin, localized as text } from '@opencx/plugin-sdk';

// A minimal valid manifest to grow from: personas, metric presets, your industry's journeys and follow-up rules.
// \`npm test\` runs the OpenCX plugin contract; \`npx opencx plugin check .\` prints the validator's report.
export const plugin = definePlugin({
  id: ${lit(o.id)},
  version: '0.1.0',
  compatibility: '^${CORE_VERSION}',
  displayName: text(${lit(o.nameEn)}, ${lit(o.nameZh)}),
  description: text(${lit(`Customer journeys for ${o.nameEn}`)}, ${lit(`${o.nameZh}客户旅程模板`)}),
  industries: [${lit(o.industry)}],
  personas: [],
  metrics: [],
  journeyTemplates: [
    {
      key: 'service-request',
      version: '0.1.0',
      name: text('Service request', '服务请求'),
      description: text('A customer asks for help and has it resolved', '客户提出服务请求并得到解决'),
      state: 'current',
      shape: 'linear',
      stages: [
        {
          key: 'request',
          name: text('Request', '提出请求'),
          touchpoints: [
            {
              key: 'submit-request',
              name: text('Submit a request', '提交请求'),
              channel: 'web',
              customerAction: text('Describes the need in an online form', '在线填写需求'),
              customerThought: text('I hope this reaches the right person', '希望能转给对的人'),
              expectation: text('A confirmation straight away', '立即收到受理确认'),
              emotion: 0,
              momentOfTruth: false,
              slaMinutes: 60,
              layer: 'front_stage',
              metricKeys: ['ces'],
              painPoints: [],
              opportunities: [],
            },
          ],
        },
        {
          key: 'resolution',
          name: text('Resolution', '处理完成'),
          touchpoints: [
            {
              key: 'request-resolved',
              name: text('Request resolved', '请求已解决'),
              channel: 'email',
              customerAction: text('Reads the outcome and rates the service', '查看处理结果并评价服务'),
              customerThought: text('Was it worth the effort?', '这一趟值不值?'),
              expectation: text('A clear answer that closes the matter', '答复清楚,问题了结'),
              emotion: 1,
              momentOfTruth: true,
              layer: 'front_stage',
              metricKeys: ['csat', 'nps'],
              painPoints: [],
              opportunities: [],
            },
          ],
        },
      ],
    },
  ],
});
`;
}

/** The files of a publishable plugin package, by path relative to its folder. */
export function scaffoldFiles(options: ScaffoldOptions): Record<string, string> {
  const id = options.id.trim();
  if (!isKebabCase(id)) throw new Error(`plugin id "${options.id}" must be kebab-case, e.g. "healthcare" or "car-service"`);
  const industry = options.industry?.trim() || id;
  if (!isKebabCase(industry)) throw new Error(`industry "${options.industry}" must be kebab-case, e.g. "healthcare"`);
  const nameZh = options.nameZh?.trim();
  const nameEn = options.nameEn?.trim();
  if (!nameZh || !nameEn) throw new Error('both names are needed: --name-zh <中文名> --name-en <English name>');
  if (nameZh === nameEn) throw new Error(`--name-zh equals --name-en ("${nameEn}"): give the Simplified Chinese name`);
  const packageName = options.packageName ?? `opencx-plugin-${id}`;
  const pkg = {
    name: packageName,
    version: '0.1.0',
    description: `OpenCX plugin: ${nameEn} (${nameZh})`,
    keywords: ['opencx-plugin'],
    license: 'Apache-2.0',
    main: 'dist/index.js',
    types: 'dist/index.d.ts',
    files: ['dist'],
    scripts: {
      build: 'tsc -p tsconfig.build.json',
      test: 'tsc -p tsconfig.json && jest',
      check: 'npm run build && opencx plugin check .',
      prepublishOnly: 'npm test && npm run build',
    },
    dependencies: { '@opencx/plugin-sdk': options.sdk ?? `^${CORE_VERSION}` },
    devDependencies: { '@types/jest': '^30.0.0', jest: '^30.0.0', typescript: '^5.9.0' },
    jest: { testMatch: ['<rootDir>/build/**/*.spec.js'] },
  };
  const compilerOptions = { target: 'ES2022', module: 'commonjs', moduleResolution: 'node16', strict: true, declaration: true, skipLibCheck: false, esModuleInterop: true };
  return {
    'package.json': `${JSON.stringify(pkg, null, 2)}\n`,
    'tsconfig.json': `${JSON.stringify({ compilerOptions: { ...compilerOptions, module: 'node16', outDir: 'build', types: ['jest'] }, include: ['src'] }, null, 2)}\n`,
    'tsconfig.build.json': `${JSON.stringify({ extends: './tsconfig.json', compilerOptions: { outDir: 'dist', types: [] }, exclude: ['src/**/*.spec.ts'] }, null, 2)}\n`,
    '.gitignore': 'node_modules/\ndist/\nbuild/\n',
    'src/index.ts': manifestSource({ id, nameZh, nameEn, industry }),
    'src/plugin.spec.ts': `import { describePluginContract } from '@opencx/plugin-sdk/testing';
import { plugin } from './index';

describePluginContract(plugin);

describe(${lit(`${id} plugin`)}, () => {
  it('offers its journeys as templates', () => {
    expect(plugin.journeyTemplates.map((t) => t.key)).toContain('service-request');
  });
});
`,
    'README.md': `# ${packageName}

${nameEn} (${nameZh}) — an OpenCX industry plugin: personas, metric presets and journey templates.

- \`npm test\` compiles and runs the OpenCX plugin contract (\`describePluginContract\`).
- \`npm run check\` builds and prints the validator's report (\`opencx plugin check .\`), as the API would at start-up.
- \`npm run build\` writes \`dist/\`; \`npm publish\` (or \`npm publish --registry <your verdaccio>\`) ships it.

Try it on a local OpenCX: \`OPENCX_PLUGINS=$(pwd) npm start\` in the OpenCX checkout (after \`npm run build\` here).
Install it in the API image: see "Plugins" in the OpenCX README (\`OPENCX_PLUGIN_PACKAGES=${packageName}\`).
`,
  };
}

export function writeScaffold(dir: string, options: ScaffoldOptions): string[] {
  const target = resolve(dir);
  if (existsSync(target) && readdirSync(target).length > 0) throw new Error(`${target} exists and is not empty`);
  const files = scaffoldFiles(options);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(target, path, '..'), { recursive: true });
    writeFileSync(join(target, path), text);
  }
  return Object.keys(files);
}

function parseArgs(args: readonly string[]): { positional: string[]; flags: Record<string, string> } {
  const positional: string[] = [];
  const flags: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2);
      flags[name] = inline ?? args[++i] ?? '';
    } else positional.push(arg);
  }
  return { positional, flags };
}

/** The `create-opencx-plugin` bin. Returns (and sets) the exit code: 0 written, 2 bad arguments. */
export function main(args: readonly string[], print: (line: string) => void = console.log): number {
  const { positional, flags } = parseArgs(args);
  const [id] = positional;
  try {
    if (!id) throw new Error('the plugin id is missing');
    const dir = flags['dir'] || id;
    const written = writeScaffold(dir, { id, nameZh: flags['name-zh'], nameEn: flags['name-en'], industry: flags['industry'], packageName: flags['package'], sdk: flags['sdk'] });
    print(`created ${resolve(dir)}: ${written.join(', ')}`);
    print(`next: cd ${dir} && npm install && npm test`);
    process.exitCode = 0;
    return 0;
  } catch (error) {
    print(`create-opencx-plugin: ${(error as Error).message}`);
    print(USAGE);
    process.exitCode = 2;
    return 2;
  }
}
