import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@opencx/domain';
import { OpenCxError, Roles, WorkspaceCtx, type WorkspaceContext } from '@opencx/server-core';
import { JourneyModel } from '@opencx/server-journeys';
import { TemplateUpgradeService } from './template-upgrade.service';
import { ApplyTemplateUpgradeInput } from './inputs';
import { TemplateUpgradeModel } from './models';

@Resolver(() => TemplateUpgradeModel)
export class TemplateUpgradeResolver {
  constructor(private readonly upgrades: TemplateUpgradeService) {}

  @Roles('viewer')
  @Query(() => TemplateUpgradeModel, { nullable: true, description: 'A newer version of the template this journey was made from, with the diff; null when there is none.' })
  journeyTemplateUpgrade(
    @WorkspaceCtx() ctx: WorkspaceContext,
    @Args('journeyId', { type: () => ID }) journeyId: string,
    @Args('locale', { nullable: true }) loc?: string,
  ): Promise<TemplateUpgradeModel | null> {
    if (loc !== undefined && !(LOCALES as readonly string[]).includes(loc)) throw OpenCxError.badInput('locale', `must be one of ${LOCALES.join(', ')}`);
    return this.upgrades.upgradeFor(ctx, journeyId, (loc as Locale | undefined) ?? DEFAULT_LOCALE);
  }

  @Roles('editor')
  @Mutation(() => JourneyModel, { description: 'Apply the chosen changes of a newer template to the journey, as one revision (restore the one before to undo).' })
  applyJourneyTemplateUpgrade(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: ApplyTemplateUpgradeInput): Promise<JourneyModel> {
    return this.upgrades.apply(ctx, input);
  }
}
