import { callerFrames, manifestOrigin } from '../manifest-origin';
import type { PluginManifest } from '../plugin-manifest.types';
import { pluginContractChecks, type PluginContractOptions } from './plugin-contract-checks';
import { findUntranslatedTexts } from './plugin-contract-inspections';

/**
 * The plugin contract as a Jest suite. Call it at the top level of a plugin's spec:
 *
 *   describePluginContract(plugin);
 *
 * Uses Jest's global `describe`/`it`/`expect`. Warns (without failing) about texts whose zh-CN
 * equals the English, through `options.warn` (default `console.warn`). A failing check's code frame
 * is the plugin's manifest (its `definePlugin(…)` call), not a line of the SDK.
 */
export function describePluginContract(plugin: PluginManifest, options: PluginContractOptions & { warn?: (message: string) => void } = {}): void {
  // A failure points at the plugin's `definePlugin(…)` call, or at this call for a manifest made without it.
  const origin = manifestOrigin(plugin) ?? callerFrames(describePluginContract);
  const untranslated = findUntranslatedTexts(plugin);
  if (untranslated.length > 0) {
    (options.warn ?? console.warn)(`plugin "${String(plugin?.id)}": ${untranslated.length} text(s) not translated to zh-CN:\n  ${untranslated.join('\n  ')}`);
  }
  describe(`plugin contract: ${String(plugin?.id)}`, () => {
    for (const check of pluginContractChecks(plugin, options, origin)) it(check.name, check.run);
  });
}
