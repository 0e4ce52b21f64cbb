import { Field, ID, ObjectType } from '@nestjs/graphql';
import { RoleEnum } from './role.enum';

@ObjectType('Workspace')
export class WorkspaceModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() slug!: string;
  @Field() locale!: string;
  @Field() timeZone!: string;
  @Field(() => RoleEnum, { description: "The caller's role in this workspace" }) role!: RoleEnum;
}
