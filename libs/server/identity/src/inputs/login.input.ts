import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsString, MaxLength } from 'class-validator';

@InputType('LoginInput')
export class LoginInput {
  @Field() @IsEmail({}, { message: 'must be a valid email address' }) @MaxLength(254) email!: string;
  @Field() @IsString() @MaxLength(200) password!: string;
}
