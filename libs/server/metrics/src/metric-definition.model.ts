import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('MetricDefinition')
export class MetricDefinitionModel {
  @Field(() => ID) id!: string;
  @Field() key!: string;
  @Field({ description: 'nps | csat | ces | numeric | duration | rate' }) kind!: string;
  @Field() nameEn!: string;
  @Field() nameZh!: string;
  @Field(() => String, { nullable: true }) unit!: string | null;
  @Field(() => Float) scaleMin!: number;
  @Field(() => Float) scaleMax!: number;
  @Field({ description: 'higher_is_better | lower_is_better' }) direction!: string;
  @Field({ description: 'How the reported figure is computed' }) formula!: string;
  @Field(() => Float, { nullable: true }) target!: number | null;
  @Field(() => Float, { nullable: true }) warningThreshold!: number | null;
  @Field(() => String, { nullable: true }) sourcePluginId!: string | null;
  @Field(() => Int) version!: number;
}
