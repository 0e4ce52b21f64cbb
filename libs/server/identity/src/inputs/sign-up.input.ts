import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { LOCALES } from '@opencx/domain';

@InputType('SignUpInput')
export class SignUpInput {
  @Field() @IsEmail({}, { message: 'must be a valid email address' }) @MaxLength(254) email!: string;
  @Field() @IsString() @Length(10, 200, { message: 'must be 10 to 200 characters' }) password!: string;
  @Field() @IsString() @Length(1, 100, { message: 'must be 1 to 100 characters' }) displayName!: string;
  @Field({ nullable: true }) @IsOptional() @IsIn([...LOCALES], { message: `must be one of ${LOCALES.join(', ')}` }) locale?: string;
}
