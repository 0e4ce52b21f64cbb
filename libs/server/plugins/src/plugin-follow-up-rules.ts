import { Inject, Injectable } from '@nestjs/common';
import type { TenantTx } from '@opencx/server-database';
import type { PluginFollowUpRule, PluginFollowUpRules } from '@opencx/server-cases';
import { PLUGIN_CATALOG, PluginCatalog } from './plugin-catalog';
import { disabledPluginIds } from './plugin-topic-directory';

/**
 * Cases' `PLUGIN_FOLLOW_UP_RULES` port: the `followUpRules` of the plugins enabled in the workspace
 * (validated by the SDK at start-up). One small read of the switched-off plugins per call, as for topics.
 */
@Injectable()
export class PluginFollowUpRuleDirectory implements PluginFollowUpRules {
  private readonly all: PluginFollowUpRule[];

  constructor(@Inject(PLUGIN_CATALOG) catalog: PluginCatalog) {
    this.all = catalog.plugins.flatMap((p) =>
      (p.followUpRules ?? []).map((r) => ({
        pluginId: p.id,
        key: r.key,
        name: r.name.en ?? r.key,
        when: r.when,
        slaHours: r.slaHours,
        templateKeys: r.templateKeys?.length ? [...r.templateKeys] : null,
      })),
    );
  }

  async forWorkspace(tx: TenantTx): Promise<readonly PluginFollowUpRule[]> {
    if (!this.all.length) return [];
    const off = await disabledPluginIds(tx);
    return off.size ? this.all.filter((r) => !off.has(r.pluginId)) : this.all;
  }
}
