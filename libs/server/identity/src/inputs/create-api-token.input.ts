import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsIn, IsString, Length } from 'class-validator';
import { API_TOKEN_SCOPES } from '@opencx/server-core';

@InputType('CreateApiTokenInput')
export class CreateApiTokenInput {
  @Field() @IsString() @Length(1, 100, { message: 'must be 1 to 100 characters' }) name!: string;
  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(10)
  @IsIn([...API_TOKEN_SCOPES], { each: true, message: `must be among ${API_TOKEN_SCOPES.join(', ')}` })
  scopes!: string[];
}
