import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles, WorkspaceCtx } from '@opencx/server-core';
import type { WorkspaceContext } from '@opencx/server-database';
import { TeamService } from '../services/team.service';
import { AddTeamMemberInput, CreateTeamInput, SetTeamLeadInput } from '../inputs';
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

  @Roles('admin')
  @Mutation(() => TeamModel, { description: "Names the team's lead (overdue cases of the team are escalated to them), or clears it with userId null" })
  setTeamLead(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: SetTeamLeadInput): Promise<TeamModel> {
    return this.teams.setLead(ctx, input.teamId, input.userId ?? null);
  }
}
