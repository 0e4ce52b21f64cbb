import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('JourneyReviewDue', { description: "A journey's review that fell due and has not been held yet" })
export class JourneyReviewDueModel {
  @Field(() => ID) journeyId!: string;
  @Field({ description: 'YYYY-MM-DD' }) dueOn!: string;
  @Field() markedAt!: Date;
}
