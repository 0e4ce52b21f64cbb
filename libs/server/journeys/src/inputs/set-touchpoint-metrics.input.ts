import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsUUID, ValidateNested } from 'class-validator';
import { UUID } from './validation';
import { TouchpointMetricInput } from './touchpoint-metric.input';

@InputType('SetTouchpointMetricsInput')
export class SetTouchpointMetricsInput {
  @Field(() => ID) @IsUUID('all', UUID) touchpointId!: string;
  @Field(() => [TouchpointMetricInput], { description: "The touchpoint's metrics in display order; replaces the current list" })
  @IsArray()
  @ArrayMaxSize(20, { message: 'a touchpoint has at most 20 metrics' })
  @ValidateNested({ each: true })
  @Type(() => TouchpointMetricInput)
  metrics!: TouchpointMetricInput[];
}
