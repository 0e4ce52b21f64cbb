import { Field, Int, ObjectType } from '@nestjs/graphql';
import { FieldChangeModel } from './field-change.model';

@ObjectType('TouchpointDiffEntry')
export class TouchpointDiffEntryModel {
  @Field() id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) stageId?: string;
  @Field(() => String, { nullable: true }) fromStageId?: string;
  @Field(() => String, { nullable: true }) toStageId?: string;
  @Field(() => Int, { nullable: true }) fromPosition?: number;
  @Field(() => Int, { nullable: true }) toPosition?: number;
  @Field(() => [FieldChangeModel], { nullable: true }) changes?: FieldChangeModel[];
}
