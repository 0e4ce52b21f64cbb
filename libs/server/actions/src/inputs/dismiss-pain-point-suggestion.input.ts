import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';

@InputType('DismissPainPointSuggestionInput')
export class DismissPainPointSuggestionInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be an id' }) journeyId!: string;
  @Field() @IsString() @Length(1, 400, { message: 'must be 1 to 400 characters' }) key!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1, { message: 'must be 1 to 366' }) @Max(366, { message: 'must be 1 to 366' }) days?: number;
}
