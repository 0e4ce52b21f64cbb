import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('LineageCase')
export class LineageCaseModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) responseId!: string;
  @Field() status!: string;
  @Field(() => String, { nullable: true }) rootCause!: string | null;
}
