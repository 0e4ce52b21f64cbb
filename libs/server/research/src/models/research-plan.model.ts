import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ResearchStepModel } from './research-step.model';

@ObjectType('ResearchPlan', { description: "A journey's research brief and its seven steps" })
export class ResearchPlanModel {
  @Field(() => ID) journeyId!: string;
  @Field() goal!: string;
  @Field() scope!: string;
  @Field(() => [String]) hypotheses!: string[];
  @Field(() => [String]) researchQuestions!: string[];
  @Field(() => Int, { description: 'The brief version (0 before its first edit); send it back to update' }) version!: number;
  @Field(() => [ResearchStepModel]) steps!: ResearchStepModel[];
  @Field(() => Int) done!: number;
  @Field(() => Int) total!: number;
}
