import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { CaseRateModel } from './case-rate.model';

@ObjectType('FollowUpLoopMetrics')
export class FollowUpLoopMetricsModel {
  @Field(() => String, { nullable: true, description: 'Team id, site id or rule key (null: all, or none)' }) key!: string | null;
  @Field(() => Int) n!: number;
  @Field(() => Int) contacted!: number;
  @Field(() => Float, { nullable: true }) meanMinutesToFirstContact!: number | null;
  @Field(() => CaseRateModel, { nullable: true }) slaBreachRate!: CaseRateModel | null;
  @Field(() => CaseRateModel, { nullable: true }) resolvedShare!: CaseRateModel | null;
  @Field(() => CaseRateModel, { nullable: true, description: 'Re-surveyed detractors (or unhappy CSAT) who answered as passive or promoter (satisfied); its n is the re-survey answers that count' })
  recoveryRate!: CaseRateModel | null;
}
