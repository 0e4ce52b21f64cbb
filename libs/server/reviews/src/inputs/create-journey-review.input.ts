import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

@InputType('CreateJourneyReviewInput')
export class CreateJourneyReviewInput {
  @Field(() => ID) @IsUUID() journeyId!: string;
  @Field(() => [String], { nullable: true, description: 'The decisions taken, one per line' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(1000, { each: true, message: 'each decision must be at most 1000 characters' })
  decisions?: string[];
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(8000, { message: 'must be at most 8000 characters' }) notes?: string;
  @Field(() => Int, { nullable: true, description: "Days the review looks back over, ending today (default: the journey's cadence, 30 days when unset)" })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(366)
  periodDays?: number;
}
