import { ArgsType, Field } from '@nestjs/graphql';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { KpiGranularity } from '@opencx/server-metrics';
import { LOCAL_DATE } from './validation';

@ArgsType()
export class ExecutiveOverviewArgs {
  @Field({ description: 'First day (YYYY-MM-DD, workspace time zone), inclusive' }) @Matches(LOCAL_DATE, { message: 'must be a date YYYY-MM-DD' }) from!: string;
  @Field({ description: 'Last day (YYYY-MM-DD, workspace time zone), inclusive' }) @Matches(LOCAL_DATE, { message: 'must be a date YYYY-MM-DD' }) to!: string;
  @Field(() => KpiGranularity, { nullable: true, description: 'Sparkline buckets (default WEEK)' }) @IsOptional() @IsIn(Object.values(KpiGranularity)) granularity?: KpiGranularity;
}
