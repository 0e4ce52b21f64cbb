import { Field, ID, ObjectType } from '@nestjs/graphql';
import { TemplateChangeModel } from './template-change.model';

@ObjectType('TemplateUpgrade', { description: 'A newer version of the template a journey was created from, and how it differs' })
export class TemplateUpgradeModel {
  @Field(() => ID) journeyId!: string;
  @Field({ description: '<plugin id>/<template key>' }) templateId!: string;
  @Field() templateName!: string;
  @Field({ description: 'The version the journey was created from (or last upgraded to)' }) fromVersion!: string;
  @Field() toVersion!: string;
  @Field({ description: 'false when the older version was never loaded here: only touchpoints the journey lacks are listed' }) baseRecorded!: boolean;
  @Field(() => [TemplateChangeModel]) changes!: TemplateChangeModel[];
}
