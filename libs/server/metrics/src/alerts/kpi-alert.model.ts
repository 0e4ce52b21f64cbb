import { ArgsType, Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, Min } from 'class-validator';
import { ConnectionModel } from '@opencx/server-core';

export enum KpiAlertStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
}
registerEnumType(KpiAlertStatus, { name: 'KpiAlertStatus', description: 'OPEN until the metric is back at or above its warning threshold, then RESOLVED (acknowledging does not close an alert).' });

@ObjectType('KpiAlert', {
  description:
    "A touchpoint's metric over the last 7 days fell below its warning threshold and is significantly worse than the 7 days before. The figures are those of the evaluation that opened it; `latest*` those of the newest evaluation.",
})
export class KpiAlertModel {
  @Field(() => ID) id!: string;
  @Field(() => KpiAlertStatus) status!: KpiAlertStatus;
  @Field(() => ID) journeyId!: string;
  @Field(() => String, { nullable: true, description: 'Null when the journey has since been deleted' }) journeyName!: string | null;
  @Field(() => ID) touchpointId!: string;
  @Field(() => String, { nullable: true, description: 'Null when the touchpoint has since been deleted' }) touchpointName!: string | null;
  @Field(() => ID) metricId!: string;
  @Field() metricKey!: string;
  @Field({ description: 'nps | csat | ces | numeric | duration | rate' }) metricKind!: string;
  @Field() metricNameEn!: string;
  @Field() metricNameZh!: string;
  @Field({ description: 'higher_is_better | lower_is_better' }) direction!: string;
  @Field(() => Float, { description: 'The figure over the alert window (NPS points, % for shares, the mean for numeric/duration)' }) value!: number;
  @Field(() => Int) n!: number;
  @Field(() => Float, { nullable: true, description: '95 % interval of value' }) low!: number | null;
  @Field(() => Float, { nullable: true }) high!: number | null;
  @Field(() => Float, { description: 'The warning threshold the value fell below (per-touchpoint override or the definition’s)' }) warningThreshold!: number;
  @Field(() => Float, { nullable: true }) target!: number | null;
  @Field(() => Float, { nullable: true, description: 'The figure over the comparison window (the 7 days before)' }) comparisonValue!: number | null;
  @Field(() => Int) comparisonN!: number;
  @Field(() => Float, { description: 'value − comparisonValue as the test measures it (points for NPS and shares)' }) difference!: number;
  @Field(() => Float) pValue!: number;
  @Field({ description: 'nps_z | two_proportion_z | welch_t' }) method!: string;
  @Field({ description: 'First local day of the alert window (YYYY-MM-DD, workspace time zone)' }) windowFrom!: string;
  @Field() windowTo!: string;
  @Field() comparisonFrom!: string;
  @Field() comparisonTo!: string;
  @Field() openedAt!: Date;
  @Field(() => Float, { nullable: true }) latestValue!: number | null;
  @Field(() => Int) latestN!: number;
  @Field() evaluatedAt!: Date;
  @Field(() => Date, { nullable: true }) acknowledgedAt!: Date | null;
  @Field(() => ID, { nullable: true }) acknowledgedBy!: string | null;
  @Field(() => Date, { nullable: true }) resolvedAt!: Date | null;
  @Field(() => Float, { nullable: true }) resolvedValue!: number | null;
}

@ObjectType('KpiAlertConnection')
export class KpiAlertConnectionModel extends ConnectionModel(KpiAlertModel) {}

@ObjectType('KpiAlertCheck', { description: 'What one evaluation of the alert rule did in the workspace.' })
export class KpiAlertCheckModel {
  @Field(() => Int) opened!: number;
  @Field(() => Int) resolved!: number;
  @Field(() => Int, { description: 'Alerts open after the evaluation' }) open!: number;
  @Field({ description: 'Last local day of the alert window evaluated (YYYY-MM-DD)' }) windowTo!: string;
}

@ArgsType()
export class KpiAlertsArgs {
  @Field(() => KpiAlertStatus, { nullable: true, description: 'Only OPEN or only RESOLVED alerts; all when absent' })
  @IsOptional()
  @IsEnum(KpiAlertStatus)
  status?: KpiAlertStatus;

  @Field(() => ID, { nullable: true, description: 'Only alerts of this journey' })
  @IsOptional()
  @IsUUID()
  journeyId?: string;

  @Field(() => Int, { nullable: true, description: 'Page size (default 20, at most 100)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  first?: number;

  @Field(() => String, { nullable: true, description: 'pageInfo.endCursor of the previous page' })
  @IsOptional()
  @IsString()
  after?: string;
}
