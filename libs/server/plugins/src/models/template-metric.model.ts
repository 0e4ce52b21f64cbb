import { Field, Float, ObjectType } from '@nestjs/graphql';

@ObjectType('TemplateMetric', { description: "A metric a template's touchpoints bind: the plugin's preset or a core metric" })
export class TemplateMetricModel {
  @Field() key!: string;
  @Field() name!: string;
  @Field() kind!: string;
  @Field(() => String, { nullable: true }) unit!: string | null;
  @Field() direction!: string;
  @Field(() => Float) defaultTarget!: number;
}
