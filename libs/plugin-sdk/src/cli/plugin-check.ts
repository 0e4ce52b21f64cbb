import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { isCompatible } from '../compatibility';
import { CORE_VERSION } from '../core-version';
import type { PluginManifest } from '../plugin-manifest.types';
import { validatePluginManifest } from '../validation/validate-plugin-manifest';

/** What `opencx plugin check` found: the report's lines and whether the plugin would load. */
export interface PluginCheckReport {
  readonly ok: boolean;
  readonly lines: readonly string[];
}

/**
 * Loads a plugin package (a folder with package.json, or a built .js file) the way the API does
 * with `OPENCX_PLUGINS=<path>`, and reports what start-up would say: the validator's problems, one
 * per line, and the compatibility check against this SDK's core version. Starts nothing.
 */
export function checkPluginAt(path: string, coreVersion: string = CORE_VERSION, load: (path: string) => unknown = require): PluginCheckReport {
  const target = resolve(path);
  if (!existsSync(target)) return { ok: false, lines: [`${target}: no such file or folder`] };
  let mod: { plugin?: unknown; default?: { plugin?: unknown } };
  try {
    mod = load(target) as typeof mod;
  } catch (error) {
    return { ok: false, lines: [`${target}: cannot be loaded (${(error as Error).message.split('\n')[0]}); build it first (npm run build)`] };
  }
  const plugin = mod.plugin ?? mod.default?.plugin;
  if (!plugin) return { ok: false, lines: [`${target}: does not export \`plugin\` (export const plugin = definePlugin({...}))`] };
  const result = validatePluginManifest(plugin);
  const lines = result.ok ? [] : result.errors.map((e) => `✗ ${e.message}`);
  const manifest = plugin as PluginManifest;
  const compatible = isCompatible(manifest, coreVersion);
  if (!compatible) lines.push(`✗ plugin "${String(manifest.id)}": compatibility ${JSON.stringify(manifest.compatibility)} does not accept core ${coreVersion}`);
  const ok = result.ok && compatible;
  if (ok) {
    const templates = manifest.journeyTemplates.length;
    lines.push(`✓ plugin "${manifest.id}"@${manifest.version}: valid, compatible with core ${coreVersion} (${templates} journey template${templates === 1 ? '' : 's'}, ${manifest.metrics.length} metrics, ${manifest.personas.length} personas)`);
  } else {
    lines.push(`${lines.length} problem${lines.length === 1 ? '' : 's'}`);
  }
  return { ok, lines };
}
