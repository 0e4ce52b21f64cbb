import Module, { createRequire } from 'node:module';
import { dirname, isAbsolute, resolve } from 'node:path';
import { assertValidPlugin, isCompatible, CORE_VERSION, type PluginManifest } from '@opencx/plugin-sdk';

export class PluginLoadError extends Error {}

export interface PluginLoadOptions {
  /** Plugins shipped with the core (apps/api lists them). */
  builtIn: readonly unknown[];
  /**
   * OPENCX_PLUGINS (comma-separated), each exporting `plugin`: npm package names, or paths to a
   * plugin package folder or built file (`./my-plugin`, `/srv/plugins/healthcare`), resolved
   * against `cwd`.
   */
  packages: readonly string[];
  /** Where relative plugin paths start; defaults to the process's working directory. */
  cwd?: string;
  /** false: skip a bad plugin and log; true (default): a bad plugin stops start-up. */
  strict: boolean;
  coreVersion?: string;
  require?: (name: string) => unknown;
  log?: (message: string) => void;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message.split('\n').join('; ') : String(error);
}

function check(candidate: unknown, source: string, coreVersion: string, seen: Set<string>): PluginManifest {
  assertValidPlugin(candidate as PluginManifest);
  const plugin = candidate as PluginManifest;
  if (!isCompatible(plugin, coreVersion)) {
    throw new PluginLoadError(`plugin "${plugin.id}" (${source}) requires core ${plugin.compatibility}, but this is ${coreVersion}`);
  }
  if (seen.has(plugin.id)) throw new PluginLoadError(`plugin "${plugin.id}" (${source}) is installed twice`);
  seen.add(plugin.id);
  return plugin;
}

/** A path (`./x`, `../x`, `/x`, `C:\\x`) rather than an npm package name (`x`, `@scope/x`). */
export function isPluginPath(entry: string): boolean {
  return entry.startsWith('./') || entry.startsWith('../') || entry === '.' || entry === '..' || isAbsolute(entry);
}

/** Loads, validates and version-checks every plugin; the error names the plugin and the field. */
export function loadPlugins(options: PluginLoadOptions): PluginManifest[] {
  const coreVersion = options.coreVersion ?? CORE_VERSION;
  const load = options.require ?? ((name: string) => require(name));
  const seen = new Set<string>();
  const plugins: PluginManifest[] = [];
  const attempt = (source: string, get: () => unknown) => {
    try {
      plugins.push(check(get(), source, coreVersion, seen));
    } catch (error) {
      const message = `cannot load plugin from ${source}: ${describe(error)}`;
      if (options.strict) throw new PluginLoadError(message);
      options.log?.(`${message} — skipped (OPENCX_PLUGINS_STRICT=false)`);
    }
  };
  options.builtIn.forEach((p, i) => attempt(`built-in #${i + 1}`, () => p));
  for (const name of options.packages) {
    const path = isPluginPath(name) ? resolve(options.cwd ?? process.cwd(), name) : null;
    attempt(path ? `path "${path}"` : `package "${name}"`, () => {
      const mod = load(path ?? name) as { plugin?: unknown; default?: { plugin?: unknown } };
      const plugin = mod.plugin ?? mod.default?.plugin;
      if (!plugin) throw new Error('it does not export `plugin` (export const plugin = definePlugin({...}))');
      return plugin;
    });
  }
  return plugins;
}

/** The plugin files a dev loop watches: each OPENCX_PLUGINS path entry, resolved to the file Node loads. */
export function pluginPathFiles(packages: readonly string[], cwd = process.cwd()): string[] {
  return packages.filter(isPluginPath).map((entry) => createRequire(resolve(cwd, 'noop.js')).resolve(resolve(cwd, entry)));
}

/**
 * Loads a plugin file afresh with Node's own loader (the dev loop's reload): the file is read and
 * run again, bypassing every module cache, and modules cached under its folder are dropped first so
 * its other files are read again too. Its dependencies outside the folder stay cached.
 */
export function freshRequire(path: string): unknown {
  const NodeModule = Module as typeof Module & { _nodeModulePaths(dir: string): string[]; _cache: Record<string, unknown> };
  const file = createRequire(path).resolve(path);
  const folder = dirname(file);
  for (const key of Object.keys(NodeModule._cache)) if (key.startsWith(folder)) delete NodeModule._cache[key];
  const fresh = new NodeModule(file) as InstanceType<typeof Module> & { load(file: string): void };
  fresh.filename = file;
  fresh.paths = NodeModule._nodeModulePaths(folder);
  fresh.load(file);
  return fresh.exports;
}
