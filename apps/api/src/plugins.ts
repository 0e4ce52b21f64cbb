import { plugin as propertyServices } from '@opencx/plugin-property-services';
import { plugin as retail } from '@opencx/plugin-retail';
import { plugin as b2b } from '@opencx/plugin-b2b';
import { freshRequire, isPluginPath, loadPlugins, pluginPathFiles, type PluginDevLoop } from '@opencx/server-plugins';
import type { PluginManifest } from '@opencx/plugin-sdk';
import type { ApiConfig } from './config';

/** The industry plugins shipped with OpenCX. Only the API app lists plugins. */
export const BUILT_IN_PLUGINS = [propertyServices, retail, b2b];

export function installedPlugins(config: ApiConfig, log: (message: string) => void): PluginManifest[] {
  return loadPlugins({ builtIn: BUILT_IN_PLUGINS, packages: config.plugins, strict: config.pluginsStrict, log });
}

/**
 * OPENCX_PLUGIN_DEV=1: the plugins named by path in OPENCX_PLUGINS are watched and, on change, all
 * plugins are loaded again (fresh from disk, validated strictly) without restarting the API.
 */
export function pluginDevLoop(config: ApiConfig): PluginDevLoop | null {
  if (!config.pluginDev) return null;
  return {
    files: pluginPathFiles(config.plugins),
    reload: () =>
      loadPlugins({
        builtIn: BUILT_IN_PLUGINS,
        packages: config.plugins,
        strict: true,
        require: (name) => (isPluginPath(name) ? freshRequire(name) : require(name)),
      }),
  };
}
