import { Field, ObjectType } from '@nestjs/graphql';
import { UserModel } from './user.model';

@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field(() => UserModel) user!: UserModel;
  @Field({ description: 'Session token for `Authorization: Bearer`; the console uses the httpOnly cookie instead' }) token!: string;
}
