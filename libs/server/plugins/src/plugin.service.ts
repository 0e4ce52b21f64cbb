import { Inject, Injectable } from '@nestjs/common';
import { DEFAULT_LOCALE, isCoreMetricKey, type Locale } from '@opencx/domain';
import { OpenCxError } from '@opencx/server-core';
import { TenantDb, type TenantTx, type WorkspaceContext } from '@opencx/server-database';
import { AuditService } from '@opencx/server-audit';
import { IdentityDirectory } from '@opencx/server-identity';
import { JourneyService, PersonaService, type JourneyModel, type JourneySnapshot } from '@opencx/server-journeys';
import { CORE_METRICS, MetricDefinitionService } from '@opencx/server-metrics';
import { PLUGIN_CATALOG, PluginCatalog, type CatalogTemplate } from './plugin-catalog';
import { WorkspacePluginEntity } from './workspace-plugin.entity';
import { templateToDocument } from './template-document';
import { disabledPluginIds } from './plugin-topic-directory';
import type { CreateJourneyFromTemplateInput } from './inputs';
import type { JourneyTemplateModel, PluginModel } from './models';

@Injectable()
export class PluginService {
  constructor(
    @Inject(PLUGIN_CATALOG) private readonly catalog: PluginCatalog,
    private readonly db: TenantDb,
    private readonly journeys: JourneyService,
    private readonly metrics: MetricDefinitionService,
    private readonly audit: AuditService,
    private readonly identity: IdentityDirectory,
    private readonly personas: PersonaService,
  ) {}

  private disabled(tx: TenantTx): Promise<Set<string>> {
    return disabledPluginIds(tx);
  }

  async list(ctx: WorkspaceContext, locale: Locale = DEFAULT_LOCALE): Promise<PluginModel[]> {
    const off = await this.db.read(ctx, (tx) => this.disabled(tx));
    return this.catalog.plugins.map((p) => ({
      id: p.id,
      version: p.version,
      displayName: p.displayName[locale],
      description: p.description[locale],
      industries: [...p.industries],
      industryLabels: p.industries.map((key) => this.catalog.industryLabel(key, locale)),
      enabled: !off.has(p.id),
      templateCount: p.journeyTemplates.length,
      personaCount: p.personas.length,
      metricCount: p.metrics.length,
    }));
  }

  async setEnabled(ctx: WorkspaceContext, pluginId: string, enabled: boolean, locale: Locale = DEFAULT_LOCALE): Promise<PluginModel> {
    if (!this.catalog.get(pluginId)) throw OpenCxError.badInput('pluginId', `no plugin "${pluginId}" is installed`);
    await this.db.write(ctx, async (tx) => {
      const before = await tx.findOne(WorkspacePluginEntity, { pluginId });
      await tx.query(
        `INSERT INTO workspace_plugin (workspace_id, plugin_id, enabled) VALUES ($1, $2, $3)
         ON CONFLICT (workspace_id, plugin_id) DO UPDATE SET enabled = EXCLUDED.enabled, updated_at = now()`,
        [pluginId, enabled],
      );
      await this.audit.record(tx, { action: enabled ? 'plugin.enable' : 'plugin.disable', entityType: 'plugin', entityId: pluginId, before: { enabled: before?.enabled ?? true }, after: { enabled } });
    });
    return (await this.list(ctx, locale)).find((p) => p.id === pluginId) as PluginModel;
  }

  async templates(ctx: WorkspaceContext, locale: Locale, industry?: string): Promise<JourneyTemplateModel[]> {
    const off = await this.db.read(ctx, (tx) => this.disabled(tx));
    return this.catalog
      .templates()
      .filter((t) => !off.has(t.plugin.id) && (!industry || t.plugin.industries.includes(industry)))
      .map((t) => this.toModel(t, locale));
  }

  /**
   * Copies a template into a new journey — persona (or the workspace's copy of it from an earlier journey), stages, touchpoints, pain points, opportunities
   * and metric bindings — in one transaction, recording plugin id, template key and version.
   */
  async createJourneyFromTemplate(ctx: WorkspaceContext, input: CreateJourneyFromTemplateInput): Promise<JourneyModel> {
    const entry = this.catalog.template(input.templateKey);
    if (!entry) throw OpenCxError.badInput('templateKey', `no template "${input.templateKey}"`);
    return this.db.write(ctx, async (tx) => {
      if ((await this.disabled(tx)).has(entry.plugin.id)) {
        throw OpenCxError.badInput('templateKey', `plugin "${entry.plugin.id}" is disabled in this workspace`);
      }
      const locale = (input.locale as Locale | undefined) ?? (await this.workspaceLocale(tx));
      // The plugin's persona is one persona per workspace: a later journey from any of its templates reuses it (unless copyPersona).
      const reused = !input.personaId && entry.persona && !input.copyPersona ? await this.personas.fromPlugin(tx, entry.plugin.id, entry.persona.segmentKey) : null;
      const personaId = input.personaId ?? reused?.id ?? null;
      const copy = templateToDocument(entry.template, personaId ? null : entry.persona, locale);
      const keys = copy.metricKeys.flat(2);
      const definitions = await this.metrics.ensure(tx, keys, entry.plugin.metrics.filter((m) => keys.includes(m.key) && !isCoreMetricKey(m.key)), {
        pluginId: entry.plugin.id,
        version: entry.plugin.version,
      });
      // Template keys and bindings go in with the map, so revision 1 already holds them (restoring it loses nothing).
      const journeyCopy = copy.document.journey;
      const snapshot: JourneySnapshot = {
        ...copy.document,
        journey: {
          ...journeyCopy,
          stages: journeyCopy.stages.map((stage, si) => ({
            ...stage,
            touchpoints: stage.touchpoints.map((tp, ti) => ({
              ...tp,
              templateKey: copy.touchpointKeys[si][ti],
              metrics: copy.metricKeys[si][ti].map((key, position) => ({ metricDefinitionId: definitionId(definitions, key), key, targetOverride: null, position })),
            })),
          })),
        },
      };
      return this.journeys.createFromDocumentInTx(tx, snapshot, {
        name: input.name,
        personaId,
        provenance: { sourcePluginId: entry.plugin.id, templateKey: entry.template.key, templateVersion: entry.template.version },
      });
    });
  }

  private async workspaceLocale(tx: TenantTx): Promise<Locale> {
    return (await this.identity.workspaceLocale(tx)) === 'en' ? 'en' : 'zh-CN';
  }

  private toModel(t: CatalogTemplate, locale: Locale): JourneyTemplateModel {
    return {
      id: t.id,
      pluginId: t.plugin.id,
      pluginName: t.plugin.displayName[locale],
      key: t.template.key,
      version: t.template.version,
      name: t.template.name[locale],
      description: t.template.description[locale],
      state: t.template.state,
      shape: t.template.shape,
      industries: [...t.plugin.industries],
      industryLabels: t.plugin.industries.map((key) => this.catalog.industryLabel(key, locale)),
      personaName: t.persona ? t.persona.name[locale] : null,
      persona: t.persona
        ? {
            key: t.persona.key,
            name: t.persona.name[locale],
            description: t.persona.description[locale],
            goals: t.persona.goals.map((g) => g[locale]),
            needs: t.persona.needs.map((n) => n[locale]),
            frustrations: t.persona.frustrations.map((f) => f[locale]),
          }
        : null,
      metrics: [...new Set(t.template.stages.flatMap((s) => s.touchpoints.flatMap((tp) => tp.metricKeys)))].flatMap((key) => {
        const m = t.plugin.metrics.find((p) => p.key === key) ?? CORE_METRICS.find((c) => c.key === key);
        return m ? [{ key, name: m.name[locale], kind: m.kind, unit: m.unit ?? null, direction: m.direction, defaultTarget: m.defaultTarget }] : [];
      }),
      stages: t.template.stages.map((s) => ({
        key: s.key,
        name: s.name[locale],
        touchpoints: s.touchpoints.map((tp) => ({
          key: tp.key,
          name: tp.name[locale],
          channel: tp.channel,
          emotion: tp.emotion,
          momentOfTruth: tp.momentOfTruth,
          slaMinutes: tp.slaMinutes ?? null,
          metricKeys: [...tp.metricKeys],
          painPointCount: tp.painPoints.length,
        })),
      })),
    };
  }
}

function definitionId(definitions: Map<string, { id: string }>, key: string): string {
  const definition = definitions.get(key);
  if (!definition) throw new Error(`metric binding references an unknown definition "${key}"`);
  return definition.id;
}
