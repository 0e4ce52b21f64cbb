import * as path from 'node:path';
import { formatFiles, generateFiles, offsetFromRoot, updateJson, type Tree } from '@nx/devkit';

export interface ContextGeneratorSchema {
  name: string;
  entity?: string;
  timestamp?: number;
  skipFormat?: boolean;
}

export interface NormalizedContextOptions {
  readonly contextName: string;
  readonly projectName: string;
  readonly projectRoot: string;
  readonly importPath: string;
  readonly entityClass: string;
  readonly entityWords: string;
  readonly fileName: string;
  readonly tableName: string;
  readonly propertyName: string;
  readonly listQuery: string;
  readonly moduleClass: string;
  readonly serviceClass: string;
  readonly entitiesConst: string;
  readonly migrationClass: string;
  readonly migrationFile: string;
  readonly timestamp: number;
}

/** Where the generator wires a new context in; each is a file a reader would look in first. */
export const CONTEXT_PATHS = {
  migrationsDir: 'libs/server/database/src/migrations',
  composition: 'apps/api/src/contexts.ts',
  tsconfig: 'tsconfig.base.json',
} as const;

const KEBAB = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const PASCAL = /^[A-Z][A-Za-z0-9]*$/;
/** Names a context cannot take: they exist, or they are the layers below the contexts. */
const RESERVED = new Set(['core', 'database', 'testing', 'app', 'api', 'system', 'audit', 'identity', 'journeys', 'metrics', 'plugins']);

const pascal = (kebab: string) => kebab.split('-').map((w) => w[0].toUpperCase() + w.slice(1)).join('');
const words = (pascalName: string) => pascalName.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
const singular = (kebab: string) => kebab.replace(/ies$/, 'y').replace(/(?<!s)s$/, '');

export function normalizeContextOptions(schema: ContextGeneratorSchema): NormalizedContextOptions {
  const contextName = schema.name?.trim();
  if (!KEBAB.test(contextName ?? '')) throw new Error(`Context name "${schema.name}" must be kebab-case, e.g. "reviews" or "follow-up-cases".`);
  if (RESERVED.has(contextName)) throw new Error(`Context name "${contextName}" is taken: choose another name.`);
  const entityClass = schema.entity?.trim() || pascal(singular(contextName));
  if (!PASCAL.test(entityClass)) throw new Error(`Entity "${schema.entity}" must be PascalCase, e.g. "Review".`);
  const entityWords = words(entityClass);
  const propertyName = entityClass[0].toLowerCase() + entityClass.slice(1);
  const timestamp = schema.timestamp ?? Date.now();
  if (!Number.isInteger(timestamp) || timestamp <= 0) throw new Error(`timestamp must be a positive integer (ms), got ${schema.timestamp}`);
  const constName = contextName.replace(/-/g, '_').toUpperCase();
  return {
    contextName,
    projectName: `server-${contextName}`,
    projectRoot: `libs/server/${contextName}`,
    importPath: `@opencx/server-${contextName}`,
    entityClass,
    entityWords,
    fileName: entityWords.replace(/ /g, '-'),
    tableName: entityWords.replace(/ /g, '_'),
    propertyName,
    listQuery: `${propertyName}${/(s|x|ch|sh)$/.test(propertyName) ? 'es' : 's'}`,
    moduleClass: `${pascal(contextName)}Module`,
    serviceClass: `${entityClass}Service`,
    entitiesConst: `${constName}_ENTITIES`,
    migrationClass: `${pascal(contextName)}${timestamp}`,
    migrationFile: `${timestamp}-${contextName}`,
    timestamp,
  };
}

/** The timestamp of the newest migration (a migration's file name starts with it). */
function latestMigration(tree: Tree): number {
  return Math.max(0, ...tree.children(CONTEXT_PATHS.migrationsDir).map((f) => Number(/^(\d+)-/.exec(f)?.[1] ?? 0)));
}

function assertFree(tree: Tree, o: NormalizedContextOptions): void {
  if (tree.exists(o.projectRoot)) throw new Error(`${o.projectRoot} already exists.`);
  const paths = (JSON.parse(tree.read(CONTEXT_PATHS.tsconfig, 'utf-8') ?? '{}').compilerOptions?.paths ?? {}) as Record<string, unknown>;
  if (paths[o.importPath]) throw new Error(`${CONTEXT_PATHS.tsconfig} already maps ${o.importPath}.`);
  const latest = latestMigration(tree);
  if (o.timestamp <= latest) throw new Error(`Migration timestamp ${o.timestamp} must be later than the latest migration (${latest}).`);
}

/** Inserts `line` after the file's last import statement. */
function addImport(source: string, line: string): string {
  const last = [...source.matchAll(/^import [^;]+;\n/gm)].pop();
  const at = last ? (last.index ?? 0) + last[0].length : 0;
  return source.slice(0, at) + line + '\n' + source.slice(at);
}

/** Appends `item` to the array literal assigned to `export const <name> = [ … ];`. */
function appendToArray(source: string, name: string, item: string, file: string): string {
  const match = new RegExp(`export const ${name}(?:: [^=]+)? = \\[([^\\]]*)\\];`).exec(source);
  if (!match) throw new Error(`${file}: cannot find \`export const ${name} = [ … ];\` to register the new context in.`);
  const inner = match[1].trim();
  const replaced = `export const ${name}${match[0].slice(`export const ${name}`.length, match[0].indexOf('['))}[${inner ? `${inner.replace(/,\s*$/, '')}, ` : ''}${item}];`;
  return source.slice(0, match.index) + replaced + source.slice(match.index + match[0].length);
}

function edit(tree: Tree, file: string, change: (source: string) => string): void {
  const source = tree.read(file, 'utf-8');
  if (source === null) throw new Error(`${file} is missing.`);
  tree.write(file, change(source));
}

/** Writes the context into the tree synchronously (the spec relies on that); `contextGenerator` adds formatting. */
export function generateContext(tree: Tree, schema: ContextGeneratorSchema): NormalizedContextOptions {
  // Without a timestamp: now, or just after the newest migration when one is dated later (migrations run in timestamp order).
  const o = normalizeContextOptions({ ...schema, timestamp: schema.timestamp ?? Math.max(Date.now(), latestMigration(tree) + 1) });
  assertFree(tree, o);
  generateFiles(tree, path.join(__dirname, 'files'), o.projectRoot, { ...o, offset: offsetFromRoot(o.projectRoot), tmpl: '' });
  generateFiles(tree, path.join(__dirname, 'migration'), CONTEXT_PATHS.migrationsDir, { ...o, tmpl: '' });
  tree.rename(`${CONTEXT_PATHS.migrationsDir}/migration.ts`, `${CONTEXT_PATHS.migrationsDir}/${o.migrationFile}.ts`);

  const migrationsIndex = `${CONTEXT_PATHS.migrationsDir}/index.ts`;
  edit(tree, migrationsIndex, (s) => appendToArray(addImport(s, `import { ${o.migrationClass} } from './${o.migrationFile}';`), 'migrations', o.migrationClass, migrationsIndex));
  edit(tree, CONTEXT_PATHS.composition, (s) => {
    const withImport = addImport(s, `import { ${o.entitiesConst}, ${o.moduleClass} } from '${o.importPath}';`);
    const withModule = appendToArray(withImport, 'CONTEXT_MODULES', o.moduleClass, CONTEXT_PATHS.composition);
    return appendToArray(withModule, 'ENTITIES', `...${o.entitiesConst}`, CONTEXT_PATHS.composition);
  });
  updateJson<{ compilerOptions?: { paths?: Record<string, string[]> } }>(tree, CONTEXT_PATHS.tsconfig, (json) => {
    json.compilerOptions ??= {};
    json.compilerOptions.paths ??= {};
    json.compilerOptions.paths[o.importPath] = [`${o.projectRoot}/src/index.ts`];
    json.compilerOptions.paths = Object.fromEntries(Object.entries(json.compilerOptions.paths).sort(([a], [b]) => a.localeCompare(b)));
    return json;
  });
  return o;
}

export async function contextGenerator(tree: Tree, schema: ContextGeneratorSchema): Promise<() => void> {
  const o = generateContext(tree, schema);
  if (!schema.skipFormat) await formatFiles(tree);
  return () => {
    console.log(`\nCreated ${o.projectRoot} (${o.importPath}) with table ${o.tableName} under row-level security.`);
    console.log(`Next: npx jest ${o.projectRoot}  — then grow the entity, its migration and the spec together.`);
  };
}
