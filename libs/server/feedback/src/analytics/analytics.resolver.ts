import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles, WorkspaceCtx } from '@opencx/server-core';
import type { WorkspaceContext } from '@opencx/server-database';
import { CommentAnalyticsModel, KeyDriverReportModel, SiteLeagueModel } from '../models';
import { CommentAnalyticsArgs, KeyDriversArgs, SiteLeagueArgs } from '../inputs';
import { CommentAnalyticsService } from './comment-analytics.service';
import { KeyDriverService } from './key-driver.service';
import { SiteLeagueService } from './site-league.service';

@Resolver()
export class FeedbackAnalyticsResolver {
  constructor(
    private readonly keyDriverService: KeyDriverService,
    private readonly leagueService: SiteLeagueService,
    private readonly commentService: CommentAnalyticsService,
  ) {}

  @Roles('viewer')
  @Query(() => KeyDriverReportModel, { description: "Key drivers of a journey: Johnson's relative weights of the touchpoints' CSAT on the customer's journey NPS, with n, R² and performance vs target." })
  keyDrivers(@WorkspaceCtx() ctx: WorkspaceContext, @Args() args: KeyDriversArgs): Promise<KeyDriverReportModel> {
    return this.keyDriverService.keyDrivers(ctx, args);
  }

  @Roles('viewer')
  @Query(() => CommentAnalyticsModel, { description: "A journey's comments over a window: top topics, keywords rising against the previous window (tested), and the sentiment trend." })
  commentAnalytics(@WorkspaceCtx() ctx: WorkspaceContext, @Args() args: CommentAnalyticsArgs): Promise<CommentAnalyticsModel> {
    return this.commentService.analytics(ctx, args);
  }

  @Roles('viewer')
  @Query(() => SiteLeagueModel, { description: 'Sites ranked by an empirical-Bayes shrunk NPS or share over a window, from the roll-ups.' })
  siteLeague(@WorkspaceCtx() ctx: WorkspaceContext, @Args() args: SiteLeagueArgs): Promise<SiteLeagueModel> {
    return this.leagueService.league(ctx, args);
  }
}
