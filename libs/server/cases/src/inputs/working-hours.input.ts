import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';

@InputType('WorkingHoursInput')
export class WorkingHoursInput {
  @Field(() => Int) @IsInt() @Min(1) @Max(7) weekday!: number;
  @Field(() => Int) @IsInt() @Min(0) @Max(1440) startMinute!: number;
  @Field(() => Int) @IsInt() @Min(0) @Max(1440) endMinute!: number;
}
