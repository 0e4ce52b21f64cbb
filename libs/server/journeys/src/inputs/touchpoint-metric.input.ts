import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { IsNumber, IsOptional, IsUUID } from 'class-validator';
import { UUID } from './validation';

@InputType('TouchpointMetricInput')
export class TouchpointMetricInput {
  @Field(() => ID) @IsUUID('all', UUID) metricDefinitionId!: string;
  @Field(() => Float, { nullable: true, description: "This touchpoint's own target; omit or null to use the definition's" })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'must be a finite number' })
  targetOverride?: number | null;
}
