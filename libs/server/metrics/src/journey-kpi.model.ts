import { ArgsType, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsUUID, Matches } from 'class-validator';
import { KpiFigureModel } from './kpi.model';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

@ArgsType()
export class JourneyKpisArgs {
  @Field(() => ID) @IsUUID() journeyId!: string;
  @Field({ description: 'First day (YYYY-MM-DD, workspace time zone), inclusive' }) @Matches(LOCAL_DATE, { message: 'must be a date YYYY-MM-DD' }) from!: string;
  @Field({ description: 'Last day (YYYY-MM-DD, workspace time zone), inclusive' }) @Matches(LOCAL_DATE, { message: 'must be a date YYYY-MM-DD' }) to!: string;
}

@ObjectType('MeasuredEmotion', { description: 'Customers\u2019 emotion at a touchpoint on the map\u2019s −3…+3 scale (DESIGN.md §3b), with a t-based 95 % interval; value null at n = 0.' })
export class MeasuredEmotionModel {
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field(() => Int) n!: number;
  @Field(() => Float, { nullable: true }) low!: number | null;
  @Field(() => Float, { nullable: true }) high!: number | null;
  @Field() lowSample!: boolean;
}

@ObjectType('TouchpointMetricKpi', { description: 'One metric of a touchpoint over the window: bound to it, or measured there.' })
export class TouchpointMetricKpiModel {
  @Field(() => ID) metricId!: string;
  @Field() key!: string;
  @Field() kind!: string;
  @Field() nameEn!: string;
  @Field() nameZh!: string;
  @Field(() => String, { nullable: true }) unit!: string | null;
  @Field() direction!: string;
  @Field({ description: 'Whether the metric is bound to the touchpoint (else it only has data there)' }) bound!: boolean;
  @Field(() => KpiFigureModel) figure!: KpiFigureModel;
}

@ObjectType('TouchpointKpis')
export class TouchpointKpisModel {
  @Field(() => ID) touchpointId!: string;
  @Field(() => [TouchpointMetricKpiModel]) metrics!: TouchpointMetricKpiModel[];
  @Field(() => MeasuredEmotionModel) emotion!: MeasuredEmotionModel;
}

@ObjectType('JourneyKpis', { description: 'Everything the journey map shows of its measurements, in one request, from the daily roll-ups.' })
export class JourneyKpisModel {
  @Field(() => ID) journeyId!: string;
  @Field() from!: string;
  @Field() to!: string;
  @Field(() => [TouchpointKpisModel], { description: 'In map order' }) touchpoints!: TouchpointKpisModel[];
}
