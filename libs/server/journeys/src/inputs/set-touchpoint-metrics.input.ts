import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsNumber, IsOptional, IsUUID, ValidateNested } from 'class-validator';

const UUID = { message: 'must be a UUID' };

@InputType('TouchpointMetricInput')
export class TouchpointMetricInput {
  @Field(() => ID) @IsUUID('all', UUID) metricDefinitionId!: string;
  @Field(() => Float, { nullable: true, description: "This touchpoint's own target; omit or null to use the definition's" })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'must be a finite number' })
  targetOverride?: number | null;
}

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
