import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, Min } from 'class-validator';
import { KpiAlertStatus } from '../models/kpi-alert-status.enum';

@ArgsType()
export class KpiAlertsArgs {
  @Field(() => KpiAlertStatus, { nullable: true, description: 'Only OPEN or only RESOLVED alerts; all when absent' })
  @IsOptional()
  @IsEnum(KpiAlertStatus)
  status?: KpiAlertStatus;

  @Field(() => ID, { nullable: true, description: 'Only alerts of this journey' })
  @IsOptional()
  @IsUUID()
  journeyId?: string;

  @Field(() => Int, { nullable: true, description: 'Page size (default 20, at most 100)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  first?: number;

  @Field(() => String, { nullable: true, description: 'pageInfo.endCursor of the previous page' })
  @IsOptional()
  @IsString()
  after?: string;
}
