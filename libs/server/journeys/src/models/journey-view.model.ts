import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from '@opencx/server-core';

@ObjectType('JourneyView', { description: "A saved view of a journey map: zoom, density, lanes and filter" })
export class JourneyViewModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) journeyId!: string;
  @Field() name!: string;
  @Field(() => GraphQLJSON) settings!: Record<string, unknown>;
  @Field() shared!: boolean;
  @Field({ description: "The caller's own view (only its owner can replace or delete it)" }) mine!: boolean;
  @Field(() => String, { nullable: true }) ownerName!: string | null;
  @Field() createdAt!: Date;
}
