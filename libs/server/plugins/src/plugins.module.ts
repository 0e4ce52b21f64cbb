import { Module, type DynamicModule } from '@nestjs/common';
import type { PluginManifest } from '@opencx/plugin-sdk';
import { AuditModule } from '@opencx/server-audit';
import { IdentityModule } from '@opencx/server-identity';
import { JourneysModule } from '@opencx/server-journeys';
import { MetricsModule } from '@opencx/server-metrics';
import { TOPIC_DICTIONARIES } from '@opencx/server-feedback';
import { PLUGIN_CATALOG, PluginCatalog } from './plugin-catalog';
import { PluginService } from './plugin.service';
import { PluginResolver } from './plugin.resolver';
import { PluginTopicDirectory } from './plugin-topic-directory';
import { PLUGIN_FOLLOW_UP_RULES } from '@opencx/server-cases';
import { PluginFollowUpRuleDirectory } from './plugin-follow-up-rules';
import { PLUGIN_CONTENT_CHANGES } from '@opencx/server-system';
import { PluginReleases } from './plugin-releases';
import { TemplateUpgradeService } from './template-upgrade.service';
import { TemplateUpgradeResolver } from './template-upgrade.resolver';
import { PLUGIN_DEV_LOOP, PluginDevReloader, type PluginDevLoop } from './plugin-dev-reloader';

@Module({})
export class PluginsModule {
  /**
   * `plugins` are already loaded and validated (see loadPlugins), so start-up errors happen before Nest starts.
   * Global so feedback (a context below plugins, which cannot import this module) gets its
   * `TOPIC_DICTIONARIES` port implemented here.
   */
  static forRoot(plugins: readonly PluginManifest[], options: { devLoop?: PluginDevLoop | null } = {}): DynamicModule {
    return {
      module: PluginsModule,
      global: true,
      imports: [AuditModule, IdentityModule, JourneysModule, MetricsModule],
      providers: [
        { provide: PLUGIN_CATALOG, useValue: new PluginCatalog(plugins) },
        PluginService,
        PluginResolver,
        PluginTopicDirectory,
        { provide: TOPIC_DICTIONARIES, useExisting: PluginTopicDirectory },
        PluginFollowUpRuleDirectory,
        { provide: PLUGIN_FOLLOW_UP_RULES, useExisting: PluginFollowUpRuleDirectory },
        PluginReleases,
        TemplateUpgradeService,
        TemplateUpgradeResolver,
        ...(options.devLoop ? [{ provide: PLUGIN_DEV_LOOP, useValue: options.devLoop }, PluginDevReloader] : []),
        { provide: PLUGIN_CONTENT_CHANGES, useExisting: PluginReleases },
      ],
      exports: [PLUGIN_CATALOG, TOPIC_DICTIONARIES, PLUGIN_FOLLOW_UP_RULES, PLUGIN_CONTENT_CHANGES],
    };
  }
}
