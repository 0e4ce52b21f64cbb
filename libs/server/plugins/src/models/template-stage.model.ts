import { Field, ObjectType } from '@nestjs/graphql';
import { TemplateTouchpointModel } from './template-touchpoint.model';

@ObjectType('TemplateStage')
export class TemplateStageModel {
  @Field() key!: string;
  @Field() name!: string;
  @Field(() => [TemplateTouchpointModel]) touchpoints!: TemplateTouchpointModel[];
}
