import { Field, ID, ObjectType } from '@nestjs/graphql';
import { IndustryLabelModel } from './industry-label.model';
import { TemplateStageModel } from './template-stage.model';
import { TemplatePersonaModel } from './template-persona.model';
import { TemplateMetricModel } from './template-metric.model';

@ObjectType('JourneyTemplate')
export class JourneyTemplateModel {
  @Field(() => ID, { description: '<plugin id>/<template key>' }) id!: string;
  @Field() pluginId!: string;
  @Field() pluginName!: string;
  @Field() key!: string;
  @Field() version!: string;
  @Field() name!: string;
  @Field() description!: string;
  @Field() state!: string;
  @Field() shape!: string;
  @Field(() => [String]) industries!: string[];
  @Field(() => [IndustryLabelModel], { description: 'industries with their names, in the same order' }) industryLabels!: IndustryLabelModel[];
  @Field(() => String, { nullable: true }) personaName!: string | null;
  @Field(() => [TemplateStageModel]) stages!: TemplateStageModel[];
  @Field(() => TemplatePersonaModel, { nullable: true }) persona!: TemplatePersonaModel | null;
  @Field(() => [TemplateMetricModel], { description: 'Metrics the touchpoints bind, in first-use order' }) metrics!: TemplateMetricModel[];
}
