import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { type ImpactMethod, type ImpactVerdict } from '@opencx/domain';
import { ImpactMethodEnum } from './impact-method.enum';
import { ImpactVerdictEnum } from './impact-verdict.enum';

@ObjectType('ImpactComparison')
export class ImpactComparisonModel {
  @Field(() => ImpactMethodEnum) method!: ImpactMethod;
  @Field(() => Float, { nullable: true, description: 'null when there is not enough data' }) difference!: number | null;
  @Field(() => Float, { nullable: true }) low!: number | null;
  @Field(() => Float, { nullable: true }) high!: number | null;
  @Field(() => Float, { nullable: true }) pValue!: number | null;
  @Field(() => ImpactVerdictEnum) verdict!: ImpactVerdict;
  @Field(() => Int) n!: number;
}
