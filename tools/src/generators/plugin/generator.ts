import * as path from 'node:path';
import { formatFiles, generateFiles, offsetFromRoot, readJson, updateJson, type Tree } from '@nx/devkit';
import { CORE_VERSION, isKebabCase } from '@opencx/plugin-sdk';

export interface PluginGeneratorSchema {
  id: string;
  displayName?: string;
  displayNameZh?: string;
  industry?: string;
  skipFormat?: boolean;
}

export interface NormalizedPluginOptions {
  readonly id: string;
  readonly projectName: string;
  readonly projectRoot: string;
  readonly importPath: string;
  readonly displayName: string;
  readonly displayNameZh: string;
  readonly industry: string;
  readonly compatibility: string;
}

interface TsConfigJson {
  compilerOptions?: { paths?: Record<string, string[]> };
}

const ROOT_TSCONFIGS = ['tsconfig.base.json', 'tsconfig.json'];

function sentenceCase(id: string): string {
  const words = id.split('-').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function normalizePluginOptions(schema: PluginGeneratorSchema): NormalizedPluginOptions {
  const id = schema.id?.trim();
  if (!isKebabCase(id)) throw new Error(`Plugin id "${schema.id}" must be kebab-case, e.g. "healthcare" or "car-service".`);
  const industry = schema.industry?.trim() || id;
  if (!isKebabCase(industry)) throw new Error(`Industry "${schema.industry}" must be kebab-case, e.g. "healthcare".`);
  const displayName = schema.displayName?.trim() || sentenceCase(id);
  return {
    id,
    projectName: `plugin-${id}`,
    projectRoot: `plugins/${id}`,
    importPath: `@opencx/plugin-${id}`,
    displayName,
    displayNameZh: schema.displayNameZh?.trim() || displayName,
    industry,
    compatibility: `^${CORE_VERSION}`,
  };
}

function rootTsConfig(tree: Tree): string {
  const found = ROOT_TSCONFIGS.find((file) => tree.exists(file));
  if (!found) throw new Error(`No ${ROOT_TSCONFIGS.join(' or ')} at the workspace root to add the plugin's path alias to.`);
  return found;
}

function assertFree(tree: Tree, options: NormalizedPluginOptions, tsconfig: string): void {
  if (tree.exists(options.projectRoot)) throw new Error(`${options.projectRoot} already exists.`);
  const paths = readJson<TsConfigJson>(tree, tsconfig).compilerOptions?.paths ?? {};
  if (paths[options.importPath]) throw new Error(`${tsconfig} already maps ${options.importPath}.`);
}

function addPathAlias(tree: Tree, options: NormalizedPluginOptions, tsconfig: string): void {
  updateJson<TsConfigJson>(tree, tsconfig, (json) => {
    json.compilerOptions ??= {};
    json.compilerOptions.paths ??= {};
    json.compilerOptions.paths[options.importPath] = [`${options.projectRoot}/src/index.ts`];
    return json;
  });
}

/** A single-quoted TypeScript string literal for any text (quotes, backslashes, line breaks escaped). */
export function toStringLiteral(value: string): string {
  const inner = JSON.stringify(value)
    .slice(1, -1)
    .replace(/\\(.)|'|[\u2028\u2029]/g, (match, escaped?: string) => {
      if (escaped === '"') return '"';
      if (escaped !== undefined) return match;
      return match === "'" ? "\\'" : `\\u${match.charCodeAt(0).toString(16)}`;
    });
  return `'${inner}'`;
}

/** Where the API lists the plugins it ships; a generated plugin is registered there so it loads. */
export const API_PLUGINS_FILE = 'apps/api/src/plugins.ts';

function camelCase(id: string): string {
  return id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** Adds the import and the BUILT_IN_PLUGINS entry; says so when the list cannot be found. */
export function registerInApi(tree: Tree, options: NormalizedPluginOptions): boolean {
  if (!tree.exists(API_PLUGINS_FILE)) return false;
  const source = tree.read(API_PLUGINS_FILE, 'utf8') ?? '';
  const list = source.match(/export const BUILT_IN_PLUGINS = \[([^\]]*)\];/);
  if (!list) throw new Error(`${API_PLUGINS_FILE} has no \`export const BUILT_IN_PLUGINS = [...]\`; add ${options.importPath} there by hand.`);
  const name = camelCase(options.id);
  const imports = [...source.matchAll(/^import .*;$/gm)];
  const lastImport = imports[imports.length - 1];
  const at = lastImport ? (lastImport.index ?? 0) + lastImport[0].length + 1 : 0;
  const withImport = `${source.slice(0, at)}import { plugin as ${name} } from '${options.importPath}';\n${source.slice(at)}`;
  const entries = list[1].split(',').map((e) => e.trim()).filter(Boolean);
  tree.write(API_PLUGINS_FILE, withImport.replace(list[0], `export const BUILT_IN_PLUGINS = [${[...entries, name].join(', ')}];`));
  return true;
}

/** Writes the plugin into the tree synchronously (the spec relies on that); `pluginGenerator` adds formatting. */
export function generatePlugin(tree: Tree, schema: PluginGeneratorSchema): NormalizedPluginOptions {
  const options = normalizePluginOptions(schema);
  const tsconfig = rootTsConfig(tree);
  assertFree(tree, options, tsconfig);
  generateFiles(tree, path.join(__dirname, 'files'), options.projectRoot, {
    ...options,
    offset: offsetFromRoot(options.projectRoot),
    literal: toStringLiteral,
    tmpl: '',
  });
  addPathAlias(tree, options, tsconfig);
  registerInApi(tree, options);
  return options;
}

export async function pluginGenerator(tree: Tree, schema: PluginGeneratorSchema): Promise<void> {
  generatePlugin(tree, schema);
  if (!schema.skipFormat) await formatFiles(tree);
}
