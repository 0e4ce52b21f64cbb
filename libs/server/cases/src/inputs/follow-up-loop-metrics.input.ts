import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsISO8601, IsOptional } from 'class-validator';
import { CaseMetricsGroupEnum } from './case-metrics-group.enum';

@InputType('FollowUpLoopMetricsInput')
export class FollowUpLoopMetricsInput {
  @Field({ description: 'ISO 8601; cases opened at or after it' }) @IsISO8601() from!: string;
  @Field({ description: 'ISO 8601; cases opened before it' }) @IsISO8601() to!: string;
  @Field(() => CaseMetricsGroupEnum, { nullable: true }) @IsOptional() @IsEnum(CaseMetricsGroupEnum) groupBy?: CaseMetricsGroupEnum;
}
