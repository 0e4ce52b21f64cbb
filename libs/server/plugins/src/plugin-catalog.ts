import type { Locale } from '@opencx/domain';
import type { JourneyTemplate, PersonaTemplate, PluginManifest } from '@opencx/plugin-sdk';

export const PLUGIN_CATALOG = Symbol('OPENCX_PLUGIN_CATALOG');

/** A template's global key: `<plugin id>/<template key>`. */
export const templateId = (pluginId: string, templateKey: string) => `${pluginId}/${templateKey}`;

export interface CatalogTemplate {
  id: string;
  plugin: PluginManifest;
  template: JourneyTemplate;
  persona: PersonaTemplate | null;
}

/** The loaded plugins, read-only for the life of the process. */
export class PluginCatalog {
  private readonly byId: Map<string, PluginManifest>;

  constructor(readonly plugins: readonly PluginManifest[]) {
    this.byId = new Map(plugins.map((p) => [p.id, p]));
  }

  /** The industry's name as the first installed plugin that names it declares it; the key when none does. */
  industryLabel(key: string, locale: Locale): { key: string; name: string } {
    const named = this.plugins.find((p) => p.industryNames?.[key]);
    return { key, name: named?.industryNames?.[key]?.[locale] ?? key };
  }

  get(id: string): PluginManifest | undefined {
    return this.byId.get(id);
  }

  templates(): CatalogTemplate[] {
    return this.plugins.flatMap((plugin) =>
      plugin.journeyTemplates.map((template) => ({
        id: templateId(plugin.id, template.key),
        plugin,
        template,
        persona: plugin.personas.find((p) => p.key === template.personaKey) ?? null,
      })),
    );
  }

  template(id: string): CatalogTemplate | undefined {
    return this.templates().find((t) => t.id === id);
  }
}
