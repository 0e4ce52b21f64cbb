import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('TemplateChange', { description: 'A stage or touchpoint added, removed or changed between two versions of a template' })
export class TemplateChangeModel {
  @Field({ description: 'Pass it in applyJourneyTemplateUpgrade.changeIds to apply this change' }) id!: string;
  @Field({ description: 'added, removed or changed' }) kind!: string;
  @Field({ description: 'stage or touchpoint' }) target!: string;
  @Field() key!: string;
  @Field() stageKey!: string;
  @Field() name!: string;
  @Field(() => [String], { description: 'For changed: the template fields that differ (stage: the touchpoint moved)' }) fields!: string[];
}
