import { Field, Int, ObjectType } from '@nestjs/graphql';
import { FieldChangeModel } from './field-change.model';

@ObjectType('StageDiffEntry')
export class StageDiffEntryModel {
  @Field() id!: string;
  @Field() name!: string;
  @Field(() => Int, { nullable: true }) position?: number;
  @Field(() => Int, { nullable: true }) from?: number;
  @Field(() => Int, { nullable: true }) to?: number;
  @Field(() => [FieldChangeModel], { nullable: true }) changes?: FieldChangeModel[];
}
