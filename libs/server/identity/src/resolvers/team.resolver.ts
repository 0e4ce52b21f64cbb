import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles, WorkspaceCtx } from '@opencx/server-core';
import type { WorkspaceContext } from '@opencx/server-database';
import { TeamService } from '../services/team.service';
import { AddTeamMemberInput, CreateTeamInput } from '../inputs';
import { TeamModel } from '../models';

@Resolver(() => TeamModel)
export class TeamResolver {
  constructor(private readonly teams: TeamService) {}

  @Roles('viewer')
  @Query(() => [TeamModel], { name: 'teams' })
  listTeams(@WorkspaceCtx() ctx: WorkspaceContext): Promise<TeamModel[]> {
    return this.teams.list(ctx);
  }

  @Roles('admin')
  @Mutation(() => TeamModel)
  createTeam(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: CreateTeamInput): Promise<TeamModel> {
    return this.teams.create(ctx, input.name, input.description ?? null);
  }

  @Roles('admin')
  @Mutation(() => TeamModel)
  addTeamMember(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: AddTeamMemberInput): Promise<TeamModel> {
    return this.teams.addMember(ctx, input.teamId, input.userId);
  }
}
