import { ArgsType, Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { KpiBucketModel, KpiChangeModel, KpiFigureModel, KpiGranularity } from '@opencx/server-metrics';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

@ArgsType()
export class ExecutiveOverviewArgs {
  @Field({ description: 'First day (YYYY-MM-DD, workspace time zone), inclusive' }) @Matches(LOCAL_DATE, { message: 'must be a date YYYY-MM-DD' }) from!: string;
  @Field({ description: 'Last day (YYYY-MM-DD, workspace time zone), inclusive' }) @Matches(LOCAL_DATE, { message: 'must be a date YYYY-MM-DD' }) to!: string;
  @Field(() => KpiGranularity, { nullable: true, description: 'Sparkline buckets (default WEEK)' }) @IsOptional() @IsIn(Object.values(KpiGranularity)) granularity?: KpiGranularity;
}

@ObjectType('ExecutiveMetric')
export class ExecutiveMetricModel {
  @Field() key!: string;
  @Field() kind!: string;
  @Field() nameEn!: string;
  @Field() nameZh!: string;
  @Field(() => KpiFigureModel, { description: 'The journey over the whole window, against the metric’s target' }) total!: KpiFigureModel;
  @Field(() => [KpiBucketModel], { description: 'Sparkline; each bucket with its change against the previous one' }) buckets!: KpiBucketModel[];
  @Field(() => KpiChangeModel, { nullable: true, description: 'The last bucket with answers against the one before it' }) latestChange!: KpiChangeModel | null;
}

@ObjectType('ExecutiveTouchpoint', { description: 'A touchpoint furthest below target' })
export class ExecutiveTouchpointModel {
  @Field(() => ID) touchpointId!: string;
  @Field() name!: string;
  @Field() metricKey!: string;
  @Field(() => KpiFigureModel) figure!: KpiFigureModel;
  @Field(() => Float, { description: 'Shortfall against target as a share of the scale width (0…1)' }) gap!: number;
}

@ObjectType('ExecutiveJourney')
export class ExecutiveJourneyModel {
  @Field(() => ID) journeyId!: string;
  @Field() name!: string;
  @Field() status!: string;
  @Field(() => [ExecutiveMetricModel], { description: 'NPS, CSAT and CES' }) metrics!: ExecutiveMetricModel[];
  @Field(() => [ExecutiveTouchpointModel], { description: 'Up to three touchpoints furthest below target (n ≥ 30 only)' }) worstTouchpoints!: ExecutiveTouchpointModel[];
}

@ObjectType('ExecutiveOverview')
export class ExecutiveOverviewModel {
  @Field() from!: string;
  @Field() to!: string;
  @Field(() => KpiGranularity) granularity!: KpiGranularity;
  @Field(() => [ExecutiveJourneyModel]) journeys!: ExecutiveJourneyModel[];
}
