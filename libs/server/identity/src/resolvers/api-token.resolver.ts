import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles, WorkspaceCtx } from '@opencx/server-core';
import type { WorkspaceContext } from '@opencx/server-database';
import { ApiTokenService } from '../services/api-token.service';
import { CreateApiTokenInput } from '../inputs';
import { ApiTokenModel, CreatedApiTokenModel } from '../models';

@Resolver(() => ApiTokenModel)
export class ApiTokenResolver {
  constructor(private readonly tokens: ApiTokenService) {}

  @Roles('admin')
  @Query(() => [ApiTokenModel], { name: 'apiTokens' })
  listApiTokens(@WorkspaceCtx() ctx: WorkspaceContext): Promise<ApiTokenModel[]> {
    return this.tokens.list(ctx);
  }

  @Roles('admin')
  @Mutation(() => CreatedApiTokenModel, { description: 'Issue a token; its secret is in this response only.' })
  createApiToken(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: CreateApiTokenInput): Promise<CreatedApiTokenModel> {
    return this.tokens.create(ctx, input.name, input.scopes);
  }

  @Roles('admin')
  @Mutation(() => ApiTokenModel)
  revokeApiToken(@WorkspaceCtx() ctx: WorkspaceContext, @Args('id', { type: () => ID }) id: string): Promise<ApiTokenModel> {
    return this.tokens.revoke(ctx, id);
  }
}
