import { Field, Float, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('TouchpointMetric', { description: 'A metric bound to a touchpoint, with its effective target' })
export class TouchpointMetricModel {
  @Field(() => ID) definitionId!: string;
  @Field() key!: string;
  @Field() kind!: string;
  @Field() nameEn!: string;
  @Field() nameZh!: string;
  @Field(() => String, { nullable: true }) unit!: string | null;
  @Field() direction!: string;
  @Field(() => Float, { nullable: true }) target!: number | null;
  @Field(() => Float, { nullable: true }) warningThreshold!: number | null;
  @Field(() => Float, { nullable: true, description: "This touchpoint's own target; null when the definition's target applies" }) targetOverride!: number | null;
  /** Not in the API: order among the touchpoint's metrics (kept by snapshots). */
  position?: number;
}
