import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('JourneyRevision')
export class JourneyRevisionModel {
  @Field(() => Int) revision!: number;
  @Field() action!: string;
  @Field() summary!: string;
  @Field(() => ID, { nullable: true }) actorUserId!: string | null;
  @Field(() => String, { nullable: true }) actorName!: string | null;
  @Field() createdAt!: Date;
  @Field(() => Int, { description: 'Edits this revision groups: consecutive edits by one person within a few minutes are one revision.' }) editCount!: number;
}
