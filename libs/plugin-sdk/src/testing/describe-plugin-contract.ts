import type { PluginManifest } from '../plugin-manifest.types';
import { pluginContractChecks, type PluginContractOptions } from './plugin-contract-checks';

/**
 * The plugin contract as a Jest suite. Call it at the top level of a plugin's spec:
 *
 *   describePluginContract(plugin);
 *
 * Uses Jest's global `describe`/`it`/`expect`.
 */
export function describePluginContract(plugin: PluginManifest, options: PluginContractOptions = {}): void {
  describe(`plugin contract: ${String(plugin?.id)}`, () => {
    for (const check of pluginContractChecks(plugin, options)) it(check.name, check.run);
  });
}
