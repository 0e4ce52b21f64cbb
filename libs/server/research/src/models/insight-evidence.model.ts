import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('InsightEvidence', { description: 'What backs a pain point or opportunity: research items citing it, feedback responses and their follow-up cases' })
export class InsightEvidenceModel {
  @Field(() => ID) insightId!: string;
  @Field({ description: 'pain_point | opportunity' }) kind!: string;
  @Field(() => Int) research!: number;
  @Field(() => Int) feedback!: number;
  @Field(() => Int) cases!: number;
  @Field(() => Int) total!: number;
}
