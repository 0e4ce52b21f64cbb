import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { KpiGranularity } from '@opencx/server-metrics';
import { LOCAL_DATE } from './validation';

@ArgsType()
export class CommentAnalyticsArgs {
  @Field(() => ID) @IsUUID() journeyId!: string;
  @Field({ description: 'First day (YYYY-MM-DD, workspace time zone), inclusive' }) @Matches(LOCAL_DATE, { message: 'must be a date YYYY-MM-DD' }) from!: string;
  @Field({ description: 'Last day (YYYY-MM-DD, workspace time zone), inclusive' }) @Matches(LOCAL_DATE, { message: 'must be a date YYYY-MM-DD' }) to!: string;
  @Field(() => KpiGranularity, { description: 'Buckets of the sentiment trend' }) @IsIn(Object.values(KpiGranularity)) granularity!: KpiGranularity;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(80) segment?: string;
  @Field(() => ID, { nullable: true, description: 'Only feedback delivered at this site' }) @IsOptional() @IsUUID() site?: string;
}
