import { Field, InputType } from '@nestjs/graphql';
import { IsString, Length } from 'class-validator';

@InputType('CreateRootCauseCodeInput')
export class CreateRootCauseCodeInput {
  @Field() @IsString() @Length(1, 60, { message: 'must be 1 to 60 characters' }) code!: string;
  @Field() @IsString() @Length(1, 200, { message: 'must be 1 to 200 characters' }) label!: string;
}
