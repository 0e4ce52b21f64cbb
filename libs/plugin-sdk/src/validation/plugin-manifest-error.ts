export type PluginManifestErrorCode =
  | 'invalid_type'
  | 'unknown_field'
  | 'invalid_key'
  | 'invalid_version'
  | 'invalid_range'
  | 'duplicate_key'
  | 'reserved_key'
  | 'unknown_metric'
  | 'unknown_persona'
  | 'unknown_template'
  | 'missing_text'
  | 'unknown_value'
  | 'empty_list'
  | 'too_long'
  | 'invalid_sla'
  | 'invalid_emotion'
  | 'invalid_severity'
  | 'invalid_scale'
  | 'invalid_direction'
  | 'invalid_target'
  | 'invalid_condition'
  | 'invalid_keyword';

/** One problem in a manifest. `message` names the plugin and the field path. */
export interface PluginManifestError {
  readonly pluginId: string;
  /** e.g. `journeyTemplates[0].stages[2].touchpoints[1].emotion`; empty for the manifest itself. */
  readonly path: string;
  readonly code: PluginManifestErrorCode;
  readonly message: string;
}

export type PluginManifestValidationResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly errors: readonly PluginManifestError[] };

/** Used when the manifest has no usable id to name it by. */
export const UNKNOWN_PLUGIN_ID = '<unknown>';

export function formatPluginManifestError(pluginId: string, path: string, detail: string): string {
  return `plugin "${pluginId}": ${path ? `${path} ` : ''}${detail}`;
}
