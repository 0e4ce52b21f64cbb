import type { PluginManifestError } from './plugin-manifest-error';

/** Thrown by `assertValidPlugin`; the message lists every problem, one per line. */
export class PluginValidationError extends Error {
  readonly pluginId: string;

  constructor(readonly errors: readonly PluginManifestError[]) {
    super(errors.map((e) => e.message).join('\n'));
    this.name = 'PluginValidationError';
    this.pluginId = errors[0]?.pluginId ?? '';
  }
}
