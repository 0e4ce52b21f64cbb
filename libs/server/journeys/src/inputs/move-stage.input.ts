import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Min } from 'class-validator';
import { UUID } from './validation';

@InputType('MoveStageInput')
export class MoveStageInput {
  @Field(() => ID) @IsUUID('all', UUID) id!: string;
  @Field(() => Int) @IsInt() @Min(0) toPosition!: number;
}
