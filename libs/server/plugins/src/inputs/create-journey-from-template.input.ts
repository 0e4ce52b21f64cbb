import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { LOCALES } from '@opencx/domain';

@InputType('CreateJourneyFromTemplateInput')
export class CreateJourneyFromTemplateInput {
  @Field({ description: '<plugin id>/<template key>, as in journeyTemplates' }) @IsString() @MaxLength(200) templateKey!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 200, { message: 'must be 1 to 200 characters' }) name?: string;
  @Field(() => ID, { nullable: true, description: 'Use this persona instead of creating one from the template' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  personaId?: string;
  @Field({
    nullable: true,
    description: "true: copy the template's persona into a new one even when the workspace already has it from an earlier journey (default: reuse that persona)",
  })
  @IsOptional()
  @IsBoolean()
  copyPersona?: boolean;
  @Field({ nullable: true, description: 'Language of the copied texts; default the workspace language' })
  @IsOptional()
  @IsIn([...LOCALES], { message: `must be one of ${LOCALES.join(', ')}` })
  locale?: string;
}
