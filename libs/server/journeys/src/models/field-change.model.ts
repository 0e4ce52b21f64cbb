import { Field, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from '@opencx/server-core';

@ObjectType('FieldChange')
export class FieldChangeModel {
  @Field() field!: string;
  @Field(() => GraphQLJSON, { nullable: true }) before!: unknown;
  @Field(() => GraphQLJSON, { nullable: true }) after!: unknown;
}
