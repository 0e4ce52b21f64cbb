import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';

@InputType('AcceptPainPointSuggestionInput')
export class AcceptPainPointSuggestionInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be an id' }) journeyId!: string;
  @Field() @IsString() @Length(1, 400, { message: 'must be 1 to 400 characters' }) key!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 200, { message: 'must be 1 to 200 characters' }) title?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1, { message: 'must be 1 to 5' }) @Max(5, { message: 'must be 1 to 5' }) severity?: number;
  @Field(() => Int, { nullable: true, description: 'The window the suggestion was computed over (default 30 days)' }) @IsOptional() @IsInt() @Min(1, { message: 'must be 1 to 366' }) @Max(366, { message: 'must be 1 to 366' }) days?: number;
}
