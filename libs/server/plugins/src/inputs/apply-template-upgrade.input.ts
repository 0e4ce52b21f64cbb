import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { LOCALES } from '@opencx/domain';

@InputType('ApplyTemplateUpgradeInput')
export class ApplyTemplateUpgradeInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a UUID' }) journeyId!: string;
  @Field({ description: 'The version the owner reviewed (journeyTemplateUpgrade.toVersion); another one is a conflict' })
  @IsString()
  @MaxLength(50)
  toVersion!: string;
  @Field(() => [String], { description: 'TemplateChange ids to apply; empty: record the newer version without changing the map' })
  @ArrayMaxSize(1000)
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  changeIds!: string[];
  @Field({ nullable: true, description: 'Language of the copied texts; default the workspace language' })
  @IsOptional()
  @IsIn([...LOCALES], { message: `must be one of ${LOCALES.join(', ')}` })
  locale?: string;
}
