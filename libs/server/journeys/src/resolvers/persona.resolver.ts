import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles, WorkspaceCtx, type WorkspaceContext } from '@opencx/server-core';
import { PersonaService } from '../services/persona.service';
import { CreatePersonaInput, UpdatePersonaInput } from '../inputs';
import { PersonaModel } from '../models';

@Resolver(() => PersonaModel)
export class PersonaResolver {
  constructor(private readonly personas: PersonaService) {}

  @Roles('viewer')
  @Query(() => [PersonaModel], { name: 'personas' })
  listPersonas(@WorkspaceCtx() ctx: WorkspaceContext): Promise<PersonaModel[]> {
    return this.personas.list(ctx);
  }

  @Roles('editor')
  @Mutation(() => PersonaModel)
  createPersona(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: CreatePersonaInput): Promise<PersonaModel> {
    return this.personas.create(ctx, input);
  }

  @Roles('editor')
  @Mutation(() => PersonaModel)
  updatePersona(@WorkspaceCtx() ctx: WorkspaceContext, @Args('input') input: UpdatePersonaInput): Promise<PersonaModel> {
    return this.personas.update(ctx, input);
  }
}
