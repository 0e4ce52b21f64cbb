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

/** The loaded plugins: fixed for the life of the process, except in the dev loop (OPENCX_PLUGIN_DEV), which replaces them. */
export class PluginCatalog {
  private byId: Map<string, PluginManifest>;
  private loaded: readonly PluginManifest[];

  constructor(plugins: readonly PluginManifest[]) {
    this.loaded = plugins;
    this.byId = new Map(plugins.map((p) => [p.id, p]));
  }

  get plugins(): readonly PluginManifest[] {
    return this.loaded;
  }

  /** Swaps in a newly loaded set (each already validated); requests in flight keep the set they read. */
  replace(plugins: readonly PluginManifest[]): void {
    this.loaded = plugins;
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
