import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString, IsUUID, Length } from 'class-validator';

@InputType('AddActionCommentInput')
export class AddActionCommentInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be an id' }) actionId!: string;
  @Field() @IsString() @Length(1, 4000, { message: 'must be 1 to 4000 characters' }) body!: string;
}
