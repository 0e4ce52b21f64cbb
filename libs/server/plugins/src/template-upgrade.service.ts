import { Inject, Injectable } from '@nestjs/common';
import { gt, valid } from 'semver';
import { isCoreMetricKey, type Locale } from '@opencx/domain';
import type { JourneyTemplate } from '@opencx/plugin-sdk';
import { OpenCxError } from '@opencx/server-core';
import type { TenantTx, WorkspaceContext } from '@opencx/server-database';
import { IdentityDirectory } from '@opencx/server-identity';
import { JourneyRewriter, JourneyService, type JourneyModel } from '@opencx/server-journeys';
import { MetricDefinitionService } from '@opencx/server-metrics';
import { PLUGIN_CATALOG, PluginCatalog, templateId, type CatalogTemplate } from './plugin-catalog';
import { PluginReleases } from './plugin-releases';
import { pluginErrors } from './plugin.errors';
import { templateToDocument } from './template-document';
import { applyTemplateChanges, diffTemplates, type TemplateChange } from './template-upgrade';
import type { ApplyTemplateUpgradeInput } from './inputs';
import type { TemplateUpgradeModel } from './models';

interface Upgrade {
  entry: CatalogTemplate;
  before: JourneyTemplate;
  baseRecorded: boolean;
  fromVersion: string;
}

/**
 * "A newer template is available": a journey made from template version A, while the installed
 * plugin ships version B > A, gets the diff A → B; its owner applies the changes they choose, as one
 * revision (restorable). Nothing happens to a journey unless someone applies it.
 */
@Injectable()
export class TemplateUpgradeService {
  constructor(
    @Inject(PLUGIN_CATALOG) private readonly catalog: PluginCatalog,
    private readonly releases: PluginReleases,
    private readonly journeys: JourneyService,
    private readonly rewriter: JourneyRewriter,
    private readonly metrics: MetricDefinitionService,
    private readonly identity: IdentityDirectory,
  ) {}

  async upgradeFor(ctx: WorkspaceContext, journeyId: string, locale: Locale): Promise<TemplateUpgradeModel | null> {
    const journey = await this.journeys.get(ctx, journeyId);
    const upgrade = await this.find(journey);
    if (!upgrade) return null;
    return {
      journeyId,
      templateId: upgrade.entry.id,
      templateName: upgrade.entry.template.name[locale],
      fromVersion: upgrade.fromVersion,
      toVersion: upgrade.entry.template.version,
      baseRecorded: upgrade.baseRecorded,
      changes: diffTemplates(upgrade.before, upgrade.entry.template, locale),
    };
  }

  async apply(ctx: WorkspaceContext, input: ApplyTemplateUpgradeInput): Promise<JourneyModel> {
    const upgrade = await this.find(await this.journeys.get(ctx, input.journeyId));
    if (!upgrade) throw pluginErrors.notFound('TemplateUpgrade', input.journeyId, 'journeyId');
    const after = upgrade.entry.template;
    if (after.version !== input.toVersion) {
      throw pluginErrors.conflict('TemplateUpgrade', `The installed template is now version ${after.version}, not ${input.toVersion}; review its changes again`, { field: 'toVersion' });
    }
    const changes = diffTemplates(upgrade.before, after, 'en');
    const unknown = input.changeIds.filter((id) => !changes.some((c) => c.id === id));
    if (unknown.length > 0) throw OpenCxError.badInput('changeIds', `${unknown.map((id) => JSON.stringify(id)).join(', ')} is not a change from ${upgrade.fromVersion} to ${after.version}`);
    const chosen = changes.filter((c) => input.changeIds.includes(c.id));
    return this.rewriter.rewrite(ctx, input.journeyId, 'journey.applyTemplateUpgrade', async (tx, current) => ({
      stages: applyTemplateChanges(current.journey.stages, upgrade.before, await this.render(tx, upgrade.entry, input.locale as Locale | undefined), chosen),
      templateVersion: after.version,
      summary: `Applied ${chosen.length} of ${changes.length} changes from template ${upgrade.entry.id} ${upgrade.fromVersion} → ${after.version}`,
      after: { templateVersion: after.version, changeIds: chosen.map((c) => c.id) },
    }));
  }

  /** The newer template in the journey's language, with every metric it binds defined in the workspace. */
  private async render(tx: TenantTx, entry: CatalogTemplate, requested: Locale | undefined) {
    const locale: Locale = requested ?? ((await this.identity.workspaceLocale(tx)) === 'en' ? 'en' : 'zh-CN');
    const copy = templateToDocument(entry.template, null, locale);
    const keys = copy.metricKeys.flat(2);
    const definitions = await this.metrics.ensure(tx, keys, entry.plugin.metrics.filter((m) => keys.includes(m.key) && !isCoreMetricKey(m.key)), {
      pluginId: entry.plugin.id,
      version: entry.plugin.version,
    });
    return {
      template: entry.template,
      copy,
      bindings: (key: string, position: number) => ({ metricDefinitionId: (definitions.get(key) as { id: string }).id, key, targetOverride: null, position }),
    };
  }

  private async find(journey: JourneyModel & { stages?: { touchpoints: { templateKey?: string | null }[] }[] }): Promise<Upgrade | null> {
    const { sourcePluginId, templateKey, templateVersion } = journey;
    if (!sourcePluginId || !templateKey || !templateVersion) return null;
    const entry = this.catalog.template(templateId(sourcePluginId, templateKey));
    if (!entry || !valid(entry.template.version) || !valid(templateVersion) || !gt(entry.template.version, templateVersion)) return null;
    const recorded = await this.releases.templateAt(sourcePluginId, templateKey, templateVersion);
    return { entry, fromVersion: templateVersion, baseRecorded: recorded !== null, before: recorded ?? presentIn(entry.template, journey.stages ?? []) };
  }
}

/** Without the older version's record: the newer template cut down to the touchpoints the journey has, so only additions show. */
function presentIn(template: JourneyTemplate, stages: { touchpoints: { templateKey?: string | null }[] }[]): JourneyTemplate {
  const keys = new Set(stages.flatMap((s) => s.touchpoints.map((t) => t.templateKey)));
  return {
    ...template,
    stages: template.stages.map((s) => ({ ...s, touchpoints: s.touchpoints.filter((tp) => keys.has(tp.key)) })).filter((s) => s.touchpoints.length > 0),
  };
}

export type { TemplateChange };
