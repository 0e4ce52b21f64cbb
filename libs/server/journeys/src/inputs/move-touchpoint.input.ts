import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Min } from 'class-validator';
import { UUID } from './validation';

@InputType('MoveTouchpointInput')
export class MoveTouchpointInput {
  @Field(() => ID) @IsUUID('all', UUID) id!: string;
  @Field(() => ID, { description: 'A stage of the same journey' }) @IsUUID('all', UUID) toStageId!: string;
  @Field(() => Int) @IsInt() @Min(0) toPosition!: number;
}
