import { Module, type DynamicModule } from '@nestjs/common';
import type { PluginManifest } from '@opencx/plugin-sdk';
import { AuditModule } from '@opencx/server-audit';
import { IdentityModule } from '@opencx/server-identity';
import { JourneysModule } from '@opencx/server-journeys';
import { MetricsModule } from '@opencx/server-metrics';
import { PLUGIN_CATALOG, PluginCatalog } from './plugin-catalog';
import { PluginService } from './plugin.service';
import { PluginResolver } from './plugin.resolver';

@Module({})
export class PluginsModule {
  /** `plugins` are already loaded and validated (see loadPlugins), so start-up errors happen before Nest starts. */
  static forRoot(plugins: readonly PluginManifest[]): DynamicModule {
    return {
      module: PluginsModule,
      imports: [AuditModule, IdentityModule, JourneysModule, MetricsModule],
      providers: [{ provide: PLUGIN_CATALOG, useValue: new PluginCatalog(plugins) }, PluginService, PluginResolver],
      exports: [PLUGIN_CATALOG],
    };
  }
}
