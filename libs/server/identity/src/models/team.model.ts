import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Team')
export class TeamModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => [ID]) memberIds!: string[];
  @Field(() => ID, { nullable: true, description: 'The team lead: overdue follow-up cases assigned to the team are escalated to them' }) leadUserId!: string | null;
}
