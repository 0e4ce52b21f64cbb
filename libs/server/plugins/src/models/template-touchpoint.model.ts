import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('TemplateTouchpoint')
export class TemplateTouchpointModel {
  @Field() key!: string;
  @Field() name!: string;
  @Field() channel!: string;
  @Field(() => Int) emotion!: number;
  @Field() momentOfTruth!: boolean;
  @Field(() => Int, { nullable: true }) slaMinutes!: number | null;
  @Field(() => [String]) metricKeys!: string[];
  @Field(() => Int) painPointCount!: number;
}
