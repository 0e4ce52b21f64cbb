import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { type KpiStatus } from '@opencx/domain';
import { KpiStatusEnum } from './kpi-status.enum';

@ObjectType('KpiFigure', { description: 'One figure with its sample size and 95 % interval; value and interval are null at n = 0.' })
export class KpiFigureModel {
  @Field(() => Float, { nullable: true, description: 'NPS (−100…100); CSAT/CES/rate: share in %; numeric/duration: mean' }) value!: number | null;
  @Field(() => Int) n!: number;
  @Field(() => Float, { nullable: true }) low!: number | null;
  @Field(() => Float, { nullable: true }) high!: number | null;
  @Field() lowSample!: boolean;
  @Field(() => Float, { nullable: true }) target!: number | null;
  @Field(() => Float, { nullable: true }) warningThreshold!: number | null;
  @Field(() => KpiStatusEnum) status!: KpiStatus;
  @Field(() => Float, { nullable: true, description: 'CES, numeric, duration: mean with a t interval' }) mean!: number | null;
  @Field(() => Float, { nullable: true }) meanLow!: number | null;
  @Field(() => Float, { nullable: true }) meanHigh!: number | null;
  @Field(() => Float, { nullable: true, description: 'Durations: median from the roll-up histogram (interpolated within a bucket)' }) p50!: number | null;
  @Field(() => Float, { nullable: true, description: 'Durations: 90th percentile from the roll-up histogram' }) p90!: number | null;
  @Field(() => Float, { nullable: true, description: 'Durations and numeric metrics: % of observations within SLA/target' }) withinTarget!: number | null;
}
