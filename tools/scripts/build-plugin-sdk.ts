/**
 * Builds `@opencx/plugin-sdk` as a publishable npm package (DESIGN.md §8, issue 16):
 *
 *   <outDir>/package/          the package as published (`npm pack` runs here)
 *     package.json             libs/plugin-sdk/package.json, `private` and dev fields dropped
 *     dist/cjs/plugin-sdk/…    CommonJS + .d.ts of the SDK, compiled by tsc
 *     dist/cjs/domain/…        the part of @opencx/domain it uses, compiled alongside (the import
 *                              specifiers rewritten to relative paths: no unpublished dependency)
 *     dist/esm/*.mjs, *.d.mts  ES module entry points over the CommonJS build (Node's "ES module
 *                              wrapper": one copy of the code, no dual-package hazard)
 *     dist/bin/*.js            `opencx` (plugin check) and `create-opencx-plugin`
 *     node_modules/semver      bundled (bundleDependencies): installs offline, no registry needed
 *   <outDir>/opencx-plugin-sdk-<version>.tgz   the `npm pack` output
 *
 * Usage: node -r @swc-node/register tools/scripts/build-plugin-sdk.ts [outDir]   (default dist/libs/plugin-sdk)
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const SDK = join(ROOT, 'libs/plugin-sdk');

/** The package's public entry points: subpath → source file under libs/plugin-sdk/src (without .ts). */
const ENTRIES = { '.': 'index', './testing': 'testing/index' } as const;
const BINS = { opencx: 'cli/opencx', 'create-opencx-plugin': 'cli/create-opencx-plugin' } as const;

/** Workspace libraries compiled into the package, by import specifier → folder under libs/. */
const INLINED = { '@opencx/domain': 'domain/src/plugin-api' } as const;

export interface BuiltSdk {
  /** The staged package folder. */
  packageDir: string;
  /** Absolute path of the `npm pack` tarball. */
  tarball: string;
  version: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function compile(outDir: string): void {
  const tsconfig = join(outDir, 'tsconfig.build.json');
  writeFileSync(
    tsconfig,
    JSON.stringify(
      {
        extends: join(ROOT, 'tsconfig.base.json'),
        compilerOptions: {
          rootDir: join(ROOT, 'libs'),
          outDir: join(outDir, 'package/dist/cjs'),
          module: 'commonjs',
          target: 'ES2022',
          declaration: true,
          sourceMap: false,
          noEmit: false,
          emitDecoratorMetadata: false,
          experimentalDecorators: false,
          removeComments: false,
          types: ['node', 'jest'],
          typeRoots: [join(ROOT, 'node_modules/@types')],
          baseUrl: ROOT,
          paths: { '@opencx/domain': ['libs/domain/src/plugin-api.ts'] },
        },
        files: [...Object.values(ENTRIES), ...Object.values(BINS)].map((e) => join(SDK, 'src', `${e}.ts`)),
      },
      null,
      2,
    ),
  );
  execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', tsconfig], { cwd: ROOT, stdio: 'inherit' });
}

/** `require("@opencx/domain")` / `from '@opencx/domain'` → a relative path inside the package. */
function inlineWorkspaceImports(cjsDir: string): void {
  for (const file of walk(cjsDir).filter((f) => f.endsWith('.js') || f.endsWith('.d.ts'))) {
    const text = readFileSync(file, 'utf8');
    let out = text;
    for (const [specifier, target] of Object.entries(INLINED)) {
      let rel = relative(dirname(file), join(cjsDir, target)).split('\\').join('/');
      if (!rel.startsWith('.')) rel = `./${rel}`;
      out = out.split(`"${specifier}"`).join(`"${rel}"`).split(`'${specifier}'`).join(`'${rel}'`);
    }
    // Any other @opencx package is unpublished (the scaffold's template text names this package itself).
    const leftover = out.match(/(?:require\(|import\(|from )["'](@opencx\/(?!plugin-sdk\b)[^"']+)/);
    if (leftover) throw new Error(`${relative(cjsDir, file)} still imports the workspace package ${leftover[1]}`);
    if (out !== text) writeFileSync(file, out);
  }
}

/** ES module entry points re-exporting the CommonJS build's named exports. */
function esmWrappers(packageDir: string): Record<string, unknown> {
  const exportsField: Record<string, unknown> = {};
  mkdirSync(join(packageDir, 'dist/esm'), { recursive: true });
  for (const [subpath, entry] of Object.entries(ENTRIES)) {
    const base = subpath === '.' ? 'index' : subpath.slice(2);
    const cjs = `./dist/cjs/plugin-sdk/src/${entry}`;
    const names = Object.keys(require(join(packageDir, `${cjs}.js`)) as object).filter((n) => n !== 'default' && n !== '__esModule');
    const fromEsm = `../cjs/plugin-sdk/src/${entry}.js`;
    writeFileSync(
      join(packageDir, `dist/esm/${base}.mjs`),
      `import cjs from '${fromEsm}';\n\nexport const { ${names.join(', ')} } = cjs;\n`,
    );
    writeFileSync(join(packageDir, `dist/esm/${base}.d.mts`), `export * from '${fromEsm}';\n`);
    exportsField[subpath] = {
      import: { types: `./dist/esm/${base}.d.mts`, default: `./dist/esm/${base}.mjs` },
      require: { types: `${cjs}.d.ts`, default: `${cjs}.js` },
    };
  }
  exportsField['./package.json'] = './package.json';
  return exportsField;
}

function binaries(packageDir: string): Record<string, string> {
  const bin: Record<string, string> = {};
  mkdirSync(join(packageDir, 'dist/bin'), { recursive: true });
  for (const [name, entry] of Object.entries(BINS)) {
    writeFileSync(join(packageDir, `dist/bin/${name}.js`), `#!/usr/bin/env node\n'use strict';\nrequire('../cjs/plugin-sdk/src/${entry}.js').main(process.argv.slice(2));\n`, { mode: 0o755 });
    bin[name] = `dist/bin/${name}.js`;
  }
  return bin;
}

export function buildPluginSdk(outDir = join(ROOT, 'dist/libs/plugin-sdk')): BuiltSdk {
  outDir = resolve(outDir);
  rmSync(outDir, { recursive: true, force: true });
  const packageDir = join(outDir, 'package');
  mkdirSync(packageDir, { recursive: true });
  compile(outDir);
  inlineWorkspaceImports(join(packageDir, 'dist/cjs'));

  const source = JSON.parse(readFileSync(join(SDK, 'package.json'), 'utf8')) as Record<string, unknown> & { version: string; dependencies: Record<string, string> };
  const { CORE_VERSION } = require(join(packageDir, 'dist/cjs/domain/src/core-version.js')) as { CORE_VERSION: string };
  if (source.version !== CORE_VERSION) throw new Error(`libs/plugin-sdk/package.json version ${source.version} must equal CORE_VERSION ${CORE_VERSION}`);

  // Bundled runtime dependencies (only semver): copied in, so installing the tarball needs no registry.
  for (const dep of Object.keys(source.dependencies)) cpSync(join(ROOT, 'node_modules', dep), join(packageDir, 'node_modules', dep), { recursive: true });

  const manifest = { ...source, exports: esmWrappers(packageDir), bin: binaries(packageDir), bundleDependencies: Object.keys(source.dependencies) };
  delete (manifest as Record<string, unknown>).private;
  delete (manifest as Record<string, unknown>).nx;
  writeFileSync(join(packageDir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  for (const doc of ['README.md', 'CHANGELOG.md']) cpSync(join(SDK, doc), join(packageDir, doc));

  const packed = execFileSync('npm', ['pack', '--json', '--pack-destination', outDir], { cwd: packageDir, encoding: 'utf8', env: { ...process.env, npm_config_loglevel: 'error' } });
  const [{ filename }] = JSON.parse(packed) as { filename: string }[];
  const tarball = join(outDir, filename);
  if (!existsSync(tarball)) throw new Error(`npm pack did not write ${tarball}`);
  return { packageDir, tarball, version: source.version };
}

if (require.main === module) {
  const built = buildPluginSdk(process.argv[2]);
  console.log(`@opencx/plugin-sdk ${built.version}: ${relative(process.cwd(), built.tarball)}`);
}
