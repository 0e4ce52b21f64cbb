import type { PluginManifest } from './plugin-manifest.types';

/**
 * Declares a plugin. Returns the manifest deep-frozen, so the host can share one copy between
 * requests without any caller mutating a template. Validation happens at start-up
 * (`assertValidPlugin`) and in the plugin's own tests (`describePluginContract`).
 */
export function definePlugin(manifest: PluginManifest): PluginManifest {
  return deepFreeze(manifest, new WeakSet());
}

function deepFreeze<T>(value: T, seen: WeakSet<object>): T {
  if (value === null || typeof value !== 'object' || seen.has(value)) return value;
  seen.add(value);
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child, seen);
  return value;
}
