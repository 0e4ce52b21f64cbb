import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { LOCALES } from '@opencx/domain';

@InputType('CreateWorkspaceInput')
export class CreateWorkspaceInput {
  @Field() @IsString() @Length(1, 100, { message: 'must be 1 to 100 characters' }) name!: string;
  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^[a-z0-9](?:[a-z0-9-]{1,46}[a-z0-9])$/, { message: 'must be 3 to 48 lowercase letters, digits or dashes' })
  slug?: string;
  @Field({ nullable: true }) @IsOptional() @IsIn([...LOCALES], { message: `must be one of ${LOCALES.join(', ')}` }) locale?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(64) timeZone?: string;
}
