import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { JourneyTemplate, PluginManifest } from '@opencx/plugin-sdk';
import { PluginReleaseLedger } from '@opencx/server-database';
import type { PluginContentChange, PluginContentChanges } from '@opencx/server-system';
import { PLUGIN_CATALOG, PluginCatalog } from './plugin-catalog';
import { contentHash } from './plugin-content-hash';

/**
 * Records each loaded plugin version with its content hash (plugin_release) and notices a plugin
 * whose content changed under the same version: one warning line at start-up (and after a dev
 * reload) and an entry in `systemDetails.pluginContentChanges`. Also answers what an older
 * template version contained, for the "newer template available" diff.
 */
@Injectable()
export class PluginReleases implements OnApplicationBootstrap, PluginContentChanges {
  private readonly logger = new Logger('plugins');
  private changes: PluginContentChange[] = [];

  constructor(
    @Inject(PLUGIN_CATALOG) private readonly catalog: PluginCatalog,
    private readonly ledger: PluginReleaseLedger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // `npm run schema` assembles the API over a data source it never connects: no database, nothing to record.
    if (!this.ledger.connected) return;
    await this.recordLoaded();
  }

  /** Records the catalog's plugins; a failure is logged and never stops the API. */
  async recordLoaded(): Promise<void> {
    try {
      const loaded = this.catalog.plugins;
      const recorded = await this.ledger.record(loaded.map((p) => ({ pluginId: p.id, version: p.version, contentHash: contentHash(p), manifest: p })));
      this.changes = loaded.flatMap((plugin) => {
        const before = recorded.find((r) => r.pluginId === plugin.id && r.version === plugin.version);
        const now = contentHash(plugin);
        if (!before || before.contentHash === now) return [];
        return [{ pluginId: plugin.id, version: plugin.version, recordedHash: before.contentHash, loadedHash: now, templateKeys: changedTemplates(before.manifest as PluginManifest, plugin) }];
      });
      for (const c of this.changes) {
        this.logger.warn(
          `plugin "${c.pluginId}@${c.version}" changed without a version bump (recorded ${c.recordedHash}, loaded ${c.loadedHash})` +
            (c.templateKeys.length > 0 ? `; templates changed under the same version: ${c.templateKeys.join(', ')}` : '') +
            ' — bump the plugin version (and the changed templates’ versions)',
        );
      }
    } catch (error) {
      this.logger.error(`cannot record the loaded plugins' content hashes: ${(error as Error).message}`);
    }
  }

  contentChanges(): readonly PluginContentChange[] {
    return this.changes;
  }

  /** The template as it was at `version`: from the loaded plugin, or from any recorded release of it. */
  async templateAt(pluginId: string, templateKey: string, version: string): Promise<JourneyTemplate | null> {
    const loaded = this.catalog.get(pluginId)?.journeyTemplates.find((t) => t.key === templateKey && t.version === version);
    if (loaded) return loaded;
    const history = await this.ledger.history(pluginId);
    for (const release of history) {
      const found = (release.manifest as PluginManifest).journeyTemplates?.find((t) => t.key === templateKey && t.version === version);
      if (found) return found;
    }
    return null;
  }
}

function changedTemplates(recorded: PluginManifest, loaded: PluginManifest): string[] {
  return loaded.journeyTemplates
    .filter((t) => {
      const before = recorded.journeyTemplates?.find((r) => r.key === t.key && r.version === t.version);
      return before !== undefined && contentHash(before) !== contentHash(t);
    })
    .map((t) => t.key);
}
