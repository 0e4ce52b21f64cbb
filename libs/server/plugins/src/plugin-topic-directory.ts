import { Inject, Injectable } from '@nestjs/common';
import { mergeTopicDictionaries, type TopicDefinition } from '@opencx/domain';
import type { TenantTx } from '@opencx/server-database';
import type { TopicDictionaries } from '@opencx/server-feedback';
import { PLUGIN_CATALOG, PluginCatalog } from './plugin-catalog';
import { WorkspacePluginEntity } from './workspace-plugin.entity';

/** Plugins are on in a workspace unless an admin turned them off. */
export async function disabledPluginIds(tx: TenantTx): Promise<Set<string>> {
  return new Set((await tx.find(WorkspacePluginEntity, { enabled: false })).map((w) => w.pluginId));
}

/**
 * Feedback's `TOPIC_DICTIONARIES` port: the topics of the plugins enabled in the workspace. One
 * small read of the workspace's switched-off plugins per call (so turning a plugin off takes effect
 * at once, on every replica); the merged list is cached per set of enabled plugins, so the same
 * array, and its compiled matchers, serve every workspace with that set.
 */
@Injectable()
export class PluginTopicDirectory implements TopicDictionaries {
  private readonly byPluginSet = new Map<string, readonly TopicDefinition[]>();

  constructor(@Inject(PLUGIN_CATALOG) private readonly catalog: PluginCatalog) {}

  async forWorkspace(tx: TenantTx): Promise<readonly TopicDefinition[]> {
    const withTopics = this.catalog.plugins.filter((p) => p.topics?.length);
    if (!withTopics.length) return [];
    const off = await disabledPluginIds(tx);
    const enabled = withTopics.filter((p) => !off.has(p.id));
    const key = enabled.map((p) => p.id).join('\n');
    let topics = this.byPluginSet.get(key);
    if (!topics) {
      topics = mergeTopicDictionaries(enabled.map((p) => p.topics));
      this.byPluginSet.set(key, topics);
    }
    return topics;
  }
}
