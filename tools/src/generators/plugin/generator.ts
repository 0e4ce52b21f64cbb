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
  return options;
}

export async function pluginGenerator(tree: Tree, schema: PluginGeneratorSchema): Promise<void> {
  generatePlugin(tree, schema);
  if (!schema.skipFormat) await formatFiles(tree);
}
