import { ArgsType, Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { KPI_STATUSES, type KpiStatus } from '@opencx/domain';

export enum KpiScope {
  JOURNEY = 'JOURNEY',
  STAGE = 'STAGE',
  TOUCHPOINT = 'TOUCHPOINT',
  SITE = 'SITE',
}
export enum KpiGranularity {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}
export enum KpiChildKind {
  STAGE = 'STAGE',
  TOUCHPOINT = 'TOUCHPOINT',
  SITE = 'SITE',
}
export const KpiStatusEnum = Object.fromEntries(KPI_STATUSES.map((s) => [s, s])) as { [K in KpiStatus]: K };

registerEnumType(KpiScope, { name: 'KpiScope', description: 'What a KPI report is about; its children are stages (journey), touchpoints (stage, site) or sites (touchpoint).' });
registerEnumType(KpiGranularity, { name: 'KpiGranularity', description: 'Time buckets in the workspace time zone; weeks are ISO weeks starting on Monday.' });
registerEnumType(KpiChildKind, { name: 'KpiChildKind' });
registerEnumType(KpiStatusEnum, {
  name: 'KpiStatus',
  description: 'NO_DATA at n = 0 (value absent), LOW_SAMPLE below n = 30, NO_TARGET when the metric has none, else judged against target and warning threshold.',
});

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

@ArgsType()
export class KpisArgs {
  @Field(() => KpiScope) @IsIn(Object.values(KpiScope)) scope!: KpiScope;
  @Field(() => ID, { description: 'Journey, stage, touchpoint or site id' }) @IsUUID() id!: string;
  @Field({ description: 'First day (YYYY-MM-DD, workspace time zone), inclusive' }) @Matches(LOCAL_DATE, { message: 'must be a date YYYY-MM-DD' }) from!: string;
  @Field({ description: 'Last day (YYYY-MM-DD, workspace time zone), inclusive' }) @Matches(LOCAL_DATE, { message: 'must be a date YYYY-MM-DD' }) to!: string;
  @Field(() => KpiGranularity) @IsIn(Object.values(KpiGranularity)) granularity!: KpiGranularity;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(80) segment?: string;
  @Field(() => ID, { nullable: true, description: 'Only feedback delivered at this site' }) @IsOptional() @IsUUID() site?: string;
}

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

@ObjectType('KpiChange', { description: 'Whether a bucket differs from the one before by more than noise (two-sided, 95 %): two-proportion z for shares, NPS z for NPS, Welch t for means.' })
export class KpiChangeModel {
  @Field(() => Float, { description: 'This bucket minus the previous one, in the figure\'s unit (points for shares and NPS)' }) difference!: number;
  @Field(() => Float, { description: '95 % interval of the difference' }) low!: number;
  @Field(() => Float) high!: number;
  @Field(() => Float) pValue!: number;
  @Field() significant!: boolean;
  @Field({ description: 'two_proportion_z | nps_z | welch_t' }) method!: string;
}

@ObjectType('KpiBucket')
export class KpiBucketModel {
  @Field({ description: 'First day of the bucket (YYYY-MM-DD)' }) start!: string;
  @Field(() => KpiFigureModel) figure!: KpiFigureModel;
  @Field(() => KpiChangeModel, { nullable: true, description: 'Against the previous bucket; null for the first bucket or when either has too few answers to test' })
  change!: KpiChangeModel | null;
}

@ObjectType('KpiChild')
export class KpiChildModel {
  @Field(() => KpiChildKind) kind!: KpiChildKind;
  @Field(() => ID, { nullable: true, description: 'Stage, touchpoint or site id; null for feedback without a site' }) id!: string | null;
  @Field(() => KpiFigureModel) total!: KpiFigureModel;
  @Field(() => [KpiBucketModel]) buckets!: KpiBucketModel[];
}

@ObjectType('KpiMetric')
export class KpiMetricModel {
  @Field(() => ID) metricId!: string;
  @Field() key!: string;
  @Field() kind!: string;
  @Field() nameEn!: string;
  @Field() nameZh!: string;
  @Field(() => String, { nullable: true }) unit!: string | null;
  @Field() direction!: string;
  @Field(() => KpiFigureModel, { description: 'The whole scope over the whole window' }) total!: KpiFigureModel;
  @Field(() => [KpiBucketModel]) buckets!: KpiBucketModel[];
  @Field(() => [KpiChildModel]) children!: KpiChildModel[];
}

@ObjectType('KpiReport')
export class KpiReportModel {
  @Field(() => KpiScope) scope!: KpiScope;
  @Field(() => ID) id!: string;
  @Field() from!: string;
  @Field() to!: string;
  @Field(() => KpiGranularity) granularity!: KpiGranularity;
  @Field(() => [KpiMetricModel]) metrics!: KpiMetricModel[];
}
