import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Opportunity')
export class OpportunityModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) touchpointId!: string;
  @Field(() => ID, { nullable: true }) painPointId!: string | null;
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => Int) version!: number;
  /** Not in the API: created_at as PostgreSQL wrote it (microseconds), kept for revision snapshots. */
  createdAtExact?: string;
}
