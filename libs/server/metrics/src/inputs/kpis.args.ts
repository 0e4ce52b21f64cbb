import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { KpiScope } from '../models/kpi-scope.enum';
import { KpiGranularity } from '../models/kpi-granularity.enum';
import { LOCAL_DATE } from './validation';

@ArgsType()
export class KpisArgs {
  @Field(() => KpiScope) @IsIn(Object.values(KpiScope)) scope!: KpiScope;
  @Field(() => ID, { description: 'Journey, stage, touchpoint or site id' }) @IsUUID() id!: string;
  @Field({ description: 'First day (YYYY-MM-DD, workspace time zone), inclusive' }) @Matches(LOCAL_DATE, { message: 'must be a date YYYY-MM-DD' }) from!: string;
  @Field({ description: 'Last day (YYYY-MM-DD, workspace time zone), inclusive' }) @Matches(LOCAL_DATE, { message: 'must be a date YYYY-MM-DD' }) to!: string;
  @Field(() => KpiGranularity) @IsIn(Object.values(KpiGranularity)) granularity!: KpiGranularity;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(80) segment?: string;
  @Field(() => ID, { nullable: true, description: 'Only feedback delivered at this site' }) @IsOptional() @IsUUID() site?: string;
}
