import { satisfies, validRange } from 'semver';
import { CORE_VERSION } from './core-version';
import type { PluginManifest } from './plugin-manifest.types';

type CompatibilityInfo = Pick<PluginManifest, 'id' | 'version' | 'compatibility'>;

/** Whether the plugin's `compatibility` range accepts the core version (pre-releases included). */
export function isCompatible(plugin: Pick<PluginManifest, 'compatibility'>, coreVersion: string = CORE_VERSION): boolean {
  if (typeof plugin.compatibility !== 'string' || validRange(plugin.compatibility) === null) return false;
  return satisfies(coreVersion, plugin.compatibility, { includePrerelease: true });
}

export class PluginCompatibilityError extends Error {
  constructor(
    readonly pluginId: string,
    readonly compatibility: string,
    readonly coreVersion: string,
  ) {
    super(`plugin "${pluginId}": compatibility "${compatibility}" does not accept core version ${coreVersion}`);
    this.name = 'PluginCompatibilityError';
  }
}

/** Start-up check: throws a PluginCompatibilityError naming the plugin when the core is out of range. */
export function assertCompatiblePlugin(plugin: CompatibilityInfo, coreVersion: string = CORE_VERSION): void {
  if (!isCompatible(plugin, coreVersion)) {
    throw new PluginCompatibilityError(plugin.id, plugin.compatibility, coreVersion);
  }
}
