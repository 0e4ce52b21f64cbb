import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('LineagePainPoint')
export class LineagePainPointModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) journeyId!: string;
  @Field(() => ID) touchpointId!: string;
  @Field() title!: string;
  @Field(() => Int, { nullable: true }) severity!: number | null;
  @Field(() => String, { nullable: true }) source!: string | null;
  @Field(() => Int, { nullable: true }) evidenceCount!: number | null;
}
