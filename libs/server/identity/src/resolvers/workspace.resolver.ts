import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentUser, type AuthUser } from '@opencx/server-core';
import { WorkspaceService } from '../services/workspace.service';
import { CreateWorkspaceInput } from '../inputs';
import { WorkspaceModel, type RoleEnum } from '../models';

@Resolver(() => WorkspaceModel)
export class WorkspaceResolver {
  constructor(private readonly workspaces: WorkspaceService) {}

  @Authenticated()
  @Query(() => [WorkspaceModel], { name: 'workspaces', description: 'Workspaces the caller belongs to.' })
  async listWorkspaces(@CurrentUser() user: AuthUser): Promise<WorkspaceModel[]> {
    return (await this.workspaces.listForUser(user.id)).map((w) => ({ ...w, role: w.role as RoleEnum }));
  }

  @Authenticated()
  @Mutation(() => WorkspaceModel, { description: 'Create a workspace; the caller becomes its owner.' })
  async createWorkspace(@CurrentUser() user: AuthUser, @Args('input') input: CreateWorkspaceInput): Promise<WorkspaceModel> {
    const w = await this.workspaces.create(user, input);
    return { ...w, role: w.role as RoleEnum };
  }
}
