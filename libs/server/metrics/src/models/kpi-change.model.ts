import { Field, Float, ObjectType } from '@nestjs/graphql';

@ObjectType('KpiChange', { description: 'Whether a bucket differs from the one before by more than noise (two-sided, 95 %): two-proportion z for shares, NPS z for NPS, Welch t for means.' })
export class KpiChangeModel {
  @Field(() => Float, { description: 'This bucket minus the previous one, in the figure\'s unit (points for shares and NPS)' }) difference!: number;
  @Field(() => Float, { description: '95 % interval of the difference' }) low!: number;
  @Field(() => Float) high!: number;
  @Field(() => Float) pValue!: number;
  @Field() significant!: boolean;
  @Field({ description: 'two_proportion_z | nps_z | welch_t' }) method!: string;
}
