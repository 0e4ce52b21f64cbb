/** A plugin whose content differs from what was recorded for its version: it changed without a version bump. */
export interface PluginContentChange {
  pluginId: string;
  version: string;
  recordedHash: string;
  loadedHash: string;
  /** Templates whose content differs while their own version stayed the same. */
  templateKeys: string[];
}

/** Implemented by the plugins host (a layer above system, so system only declares the port). */
export const PLUGIN_CONTENT_CHANGES = Symbol('OPENCX_PLUGIN_CONTENT_CHANGES');

export interface PluginContentChanges {
  contentChanges(): readonly PluginContentChange[];
}
