import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { LOCAL_DATE } from './validation';

@ArgsType()
export class SegmentComparisonArgs {
  @Field(() => ID) @IsUUID() journeyId!: string;
  @Field({ description: 'First day (YYYY-MM-DD, workspace time zone), inclusive' }) @Matches(LOCAL_DATE, { message: 'must be a date YYYY-MM-DD' }) from!: string;
  @Field({ description: 'Last day (YYYY-MM-DD, workspace time zone), inclusive' }) @Matches(LOCAL_DATE, { message: 'must be a date YYYY-MM-DD' }) to!: string;
  @Field({ description: 'The first segment ("" for responses without one)' }) @IsString() @MaxLength(80) segmentA!: string;
  @Field({ description: 'The segment compared with it' }) @IsString() @MaxLength(80) segmentB!: string;
  @Field(() => ID, { nullable: true, description: 'Only feedback delivered at this site' }) @IsOptional() @IsUUID() site?: string;
}
