import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles, WorkspaceCtx, type WorkspaceContext } from '@opencx/server-core';
import { AddActionCommentInput, CreateImprovementActionInput, ImprovementActionFilterInput, MoveImprovementActionInput, UpdateImprovementActionInput } from '../inputs';
import { ActionCommentModel, ActionImpactModel, ImprovementActionConnectionModel, ImprovementActionModel } from '../models';
import { ImprovementActionService } from '../services/improvement-action.service';
import { ActionImpactService } from '../services/action-impact.service';
import { TenantDb } from '@opencx/server-database';

@Resolver(() => ImprovementActionModel)
export class ImprovementActionResolver {
  constructor(
    private readonly actions: ImprovementActionService,
    private readonly impact: ActionImpactService,
    private readonly db: TenantDb,
  ) {}

  @Roles('viewer')
  @Query(() => ImprovementActionConnectionModel, { description: 'Improvement actions, newest first, filtered by status, owner, team, journey, pain point, due date or overdue (first ≤ 500).' })
  improvementActions(
    @WorkspaceCtx() ctx: WorkspaceContext,
    @Args('filter', { type: () => ImprovementActionFilterInput, nullable: true }) filter?: ImprovementActionFilterInput,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<ImprovementActionConnectionModel> {
    return this.actions.list(ctx, filter ?? {}, { first, after });
  }

  @Roles('viewer')
  @Query(() => ImprovementActionModel)
  improvementAction(@WorkspaceCtx() ctx: WorkspaceContext, @Args('id', { type: () => ID }) id: string): Promise<ImprovementActionModel> {
    return this.actions.get(ctx, id);
  }

  @Roles('viewer')
  @Query(() => ActionImpactModel, { description: 'The measured impact of an action on its target metric (before/after and difference-in-differences)' })
  actionImpact(@WorkspaceCtx() ctx: WorkspaceContext, @Args('id', { type: () => ID }) id: string): Promise<ActionImpactModel> {
    return this.db.read(ctx, async (tx) => this.impact.measure(tx, await this.actions.findIn(tx, id)));
  }

  @Roles('viewer')
  @Query(() => [ActionCommentModel])
  actionComments(@WorkspaceCtx() ctx: WorkspaceContext, @Args('actionId', { type: () => ID }) actionId: string): Promise<ActionCommentModel[]> {
    return this.actions.comments(ctx, actionId);
  }

  @Roles('editor')
  @Mutation(() => ImprovementActionModel)
  createImprovementAction(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: CreateImprovementActionInput): Promise<ImprovementActionModel> {
    return this.actions.create(ctx, input);
  }

  @Roles('editor')
  @Mutation(() => ImprovementActionModel)
  updateImprovementAction(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: UpdateImprovementActionInput): Promise<ImprovementActionModel> {
    return this.actions.update(ctx, input);
  }

  @Roles('editor')
  @Mutation(() => ImprovementActionModel, { description: 'Moves an action to another status; illegal moves are refused (field status), dropped needs a reason, verified needs impact measured as improved' })
  moveImprovementAction(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: MoveImprovementActionInput): Promise<ImprovementActionModel> {
    return this.actions.move(ctx, input);
  }

  @Roles('editor')
  @Mutation(() => ActionCommentModel)
  addActionComment(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: AddActionCommentInput): Promise<ActionCommentModel> {
    return this.actions.addComment(ctx, input);
  }
}
