import { isAbsolute, resolve } from 'node:path';
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
