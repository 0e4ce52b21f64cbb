import { IndustryLabelModel } from './industry-label.model';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Plugin')
export class PluginModel {
  @Field(() => ID) id!: string;
  @Field() version!: string;
  @Field() displayName!: string;
  @Field() description!: string;
  @Field(() => [String]) industries!: string[];
  @Field(() => [IndustryLabelModel], { description: 'industries with their names, in the same order' }) industryLabels!: IndustryLabelModel[];
  @Field({ description: 'Enabled in the current workspace' }) enabled!: boolean;
  @Field(() => Int) templateCount!: number;
  @Field(() => Int) personaCount!: number;
  @Field(() => Int) metricCount!: number;
}
