import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@opencx/domain';
import { OpenCxError, Roles, WorkspaceCtx, type WorkspaceContext } from '@opencx/server-core';
import { JourneyModel } from '@opencx/server-journeys';
import { PluginService } from './plugin.service';
import { CreateJourneyFromTemplateInput, SetPluginEnabledInput } from './inputs';
import { JourneyTemplateModel, PluginModel } from './models';

function locale(value: string | undefined): Locale {
  if (value === undefined) return DEFAULT_LOCALE;
  if (!(LOCALES as readonly string[]).includes(value)) throw OpenCxError.badInput('locale', `must be one of ${LOCALES.join(', ')}`);
  return value as Locale;
}

@Resolver(() => PluginModel)
export class PluginResolver {
  constructor(private readonly plugins: PluginService) {}

  @Roles('viewer')
  @Query(() => [PluginModel], { name: 'plugins', description: 'Installed plugins and whether each is enabled here.' })
  listPlugins(@WorkspaceCtx() ctx: WorkspaceContext, @Args('locale', { nullable: true }) loc?: string): Promise<PluginModel[]> {
    return this.plugins.list(ctx, locale(loc));
  }

  @Roles('viewer')
  @Query(() => [JourneyTemplateModel], { description: 'Journey templates of the enabled plugins (the template gallery).' })
  journeyTemplates(
    @WorkspaceCtx() ctx: WorkspaceContext,
    @Args('industry', { nullable: true }) industry?: string,
    @Args('locale', { nullable: true }) loc?: string,
  ): Promise<JourneyTemplateModel[]> {
    return this.plugins.templates(ctx, locale(loc), industry);
  }

  @Roles('editor')
  @Mutation(() => JourneyModel)
  createJourneyFromTemplate(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: CreateJourneyFromTemplateInput): Promise<JourneyModel> {
    return this.plugins.createJourneyFromTemplate(ctx, input);
  }

  @Roles('admin')
  @Mutation(() => PluginModel, { description: 'Turn a plugin on or off for this workspace; journeys made from it stay.' })
  setPluginEnabled(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: SetPluginEnabledInput, @Args('locale', { nullable: true }) loc?: string): Promise<PluginModel> {
    return this.plugins.setEnabled(ctx, input.pluginId, input.enabled, locale(loc));
  }
}
