import { Field, ID, ObjectType } from '@nestjs/graphql';
import { RoleEnum } from './role.enum';

@ObjectType('Member')
export class MemberModel {
  @Field(() => ID) userId!: string;
  @Field() email!: string;
  @Field() displayName!: string;
  @Field(() => RoleEnum) role!: RoleEnum;
  @Field() joinedAt!: Date;
}
