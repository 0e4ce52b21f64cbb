import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ResearchStep', { description: 'One of the seven steps of a journey research plan' })
export class ResearchStepModel {
  @Field({ description: 'goal_scope | personas | gather_data | draw | analyse | improve | iterate' }) key!: string;
  @Field(() => Int, { description: '0…6, the order of the steps' }) position!: number;
  @Field({ description: 'todo | in_progress | done' }) status!: string;
  @Field(() => ID, { nullable: true }) ownerUserId!: string | null;
  @Field() notes!: string;
  @Field(() => Date, { nullable: true }) updatedAt!: Date | null;
}
