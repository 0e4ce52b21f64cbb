import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles, WorkspaceCtx, type WorkspaceContext } from '@opencx/server-core';
import { AddCaseNoteInput, AssignFollowUpCasesInput, FollowUpCaseFilterInput, FollowUpLoopMetricsInput, UpdateFollowUpCaseInput } from '../inputs';
import { CaseNoteModel, CaseResurveyModel, FollowUpCaseConnectionModel, FollowUpCaseModel, FollowUpLoopMetricsModel } from '../models';
import { FollowUpCaseService } from '../services/follow-up-case.service';
import { CaseMetricsService } from '../services/case-metrics.service';
import { CaseResurveyService } from '../services/case-resurvey.service';
import type { CaseStatus } from '../entities/follow-up-case.entity';

const asModel = <T>(x: T) => x as unknown as FollowUpCaseModel;

@Resolver(() => FollowUpCaseModel)
export class FollowUpCaseResolver {
  constructor(
    private readonly cases: FollowUpCaseService,
    private readonly metrics: CaseMetricsService,
    private readonly resurveys: CaseResurveyService,
  ) {}

  @Roles('viewer')
  @Query(() => FollowUpCaseConnectionModel, { description: 'The case queue, newest first, a page at a time (first ≤ 100).' })
  async followUpCases(
    @WorkspaceCtx() ctx: WorkspaceContext,
    @Args('filter', { type: () => FollowUpCaseFilterInput, nullable: true }) filter?: FollowUpCaseFilterInput,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<FollowUpCaseConnectionModel> {
    const page = await this.cases.list(ctx, { scope: filter?.scope, statuses: filter?.statuses as CaseStatus[] | undefined, overdue: filter?.overdue }, { first, after });
    return { nodes: page.nodes.map(asModel), pageInfo: page.pageInfo };
  }

  @Roles('viewer')
  @Query(() => FollowUpCaseModel)
  async followUpCase(@WorkspaceCtx() ctx: WorkspaceContext, @Args('id', { type: () => ID }) id: string): Promise<FollowUpCaseModel> {
    return asModel(await this.cases.get(ctx, id));
  }

  @Roles('viewer')
  @Query(() => [FollowUpLoopMetricsModel], { description: 'Time to first contact, SLA breach rate, share resolved and recovery rate of the cases opened in [from, to), per team, site or rule, with n.' })
  followUpLoopMetrics(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: FollowUpLoopMetricsInput): Promise<FollowUpLoopMetricsModel[]> {
    return this.metrics.metrics(ctx, new Date(input.from), new Date(input.to), input.groupBy ?? 'all');
  }

  @ResolveField(() => [FollowUpCaseModel], { description: "The same customer's other cases (pseudonymous customer reference), newest first, at most 20" })
  async customerHistory(@WorkspaceCtx() ctx: WorkspaceContext, @Parent() parent: FollowUpCaseModel): Promise<FollowUpCaseModel[]> {
    return (await this.cases.customerHistory(ctx, parent.id)).map(asModel);
  }

  @ResolveField(() => [CaseNoteModel], { description: 'Notes, contact attempts and system events, oldest first' })
  notes(@WorkspaceCtx() ctx: WorkspaceContext, @Parent() parent: FollowUpCaseModel): Promise<CaseNoteModel[]> {
    return this.cases.notes(ctx, parent.id) as unknown as Promise<CaseNoteModel[]>;
  }

  @Roles('editor')
  @Mutation(() => FollowUpCaseModel, { description: 'Moves a case along open → contacted → resolved | closed, records the outcome and root cause (required to resolve).' })
  async updateFollowUpCase(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: UpdateFollowUpCaseInput): Promise<FollowUpCaseModel> {
    return asModel(await this.cases.update(ctx, { id: input.id, status: input.status as CaseStatus | undefined, outcome: input.outcome, rootCauseCodeId: input.rootCauseCodeId }));
  }

  @Roles('editor')
  @Mutation(() => CaseNoteModel, { description: 'A note or a contact attempt on a case' })
  async addCaseNote(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: AddCaseNoteInput): Promise<CaseNoteModel> {
    const kind = input.kind === 'contact_attempt' ? 'contact_attempt' : 'note';
    return (await this.cases.addNote(ctx, { caseId: input.caseId, kind, body: input.body, channel: input.channel, reached: input.reached })) as unknown as CaseNoteModel;
  }

  @Roles('editor')
  @Mutation(() => CaseResurveyModel, { description: "A resolved case's re-survey link (made once; asking again answers the same link). Its first answer says whether the customer was recovered." })
  sendCaseResurvey(@WorkspaceCtx() ctx: WorkspaceContext, @Args('caseId', { type: () => ID }) caseId: string): Promise<CaseResurveyModel> {
    return this.resurveys.send(ctx, caseId);
  }

  @Roles('editor')
  @Mutation(() => [FollowUpCaseModel], { description: 'Assigns up to 200 cases to a user and/or a team' })
  async assignFollowUpCases(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: AssignFollowUpCasesInput): Promise<FollowUpCaseModel[]> {
    return (await this.cases.assign(ctx, input.caseIds, input.assigneeUserId ?? null, input.assigneeTeamId ?? null)).map(asModel);
  }
}
