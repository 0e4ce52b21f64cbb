import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('RootCauseCode')
export class RootCauseCodeModel {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() label!: string;
  @Field() archived!: boolean;
}
