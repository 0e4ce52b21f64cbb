import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { LOCALES } from '@opencx/domain';

@ObjectType('Plugin')
export class PluginModel {
  @Field(() => ID) id!: string;
  @Field() version!: string;
  @Field() displayName!: string;
  @Field() description!: string;
  @Field(() => [String]) industries!: string[];
  @Field({ description: 'Enabled in the current workspace' }) enabled!: boolean;
  @Field(() => Int) templateCount!: number;
  @Field(() => Int) personaCount!: number;
  @Field(() => Int) metricCount!: number;
}

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

@ObjectType('TemplateStage')
export class TemplateStageModel {
  @Field() key!: string;
  @Field() name!: string;
  @Field(() => [TemplateTouchpointModel]) touchpoints!: TemplateTouchpointModel[];
}

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
  @Field(() => String, { nullable: true }) personaName!: string | null;
  @Field(() => [TemplateStageModel]) stages!: TemplateStageModel[];
}

@InputType('CreateJourneyFromTemplateInput')
export class CreateJourneyFromTemplateInput {
  @Field({ description: '<plugin id>/<template key>, as in journeyTemplates' }) @IsString() @MaxLength(200) templateKey!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 200, { message: 'must be 1 to 200 characters' }) name?: string;
  @Field(() => ID, { nullable: true, description: 'Use this persona instead of creating one from the template' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  personaId?: string;
  @Field({ nullable: true, description: 'Language of the copied texts; default the workspace language' })
  @IsOptional()
  @IsIn([...LOCALES], { message: `must be one of ${LOCALES.join(', ')}` })
  locale?: string;
}

@InputType('SetPluginEnabledInput')
export class SetPluginEnabledInput {
  @Field() @IsString() @MaxLength(100) pluginId!: string;
  @Field() @IsBoolean() enabled!: boolean;
}
