import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

@InputType('OpenPainPointFromFeedbackInput')
export class OpenPainPointFromFeedbackInput {
  @Field(() => ID) @IsUUID() responseId!: string;
  @Field({ nullable: true, description: 'Defaults to the start of the comment' }) @IsOptional() @IsString() @MaxLength(200) title?: string;
  @Field(() => Int, { nullable: true, defaultValue: 3 }) @IsOptional() @IsInt({ message: 'must be an integer from 1 to 5' }) @Min(1, { message: 'must be an integer from 1 to 5' }) @Max(5, { message: 'must be an integer from 1 to 5' }) severity?: number;
}
