import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { KpiAlertStatus } from './kpi-alert-status.enum';

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
