import { Field, ObjectType } from '@nestjs/graphql';
import { UserModel } from './user.model';
import { WorkspaceModel } from './workspace.model';

@ObjectType('Me')
export class MeModel {
  @Field(() => UserModel) user!: UserModel;
  @Field(() => [WorkspaceModel]) workspaces!: WorkspaceModel[];
}
