import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('EvidenceVerbatim', { description: 'A response quoted as evidence; comment is plain text, never HTML' })
export class EvidenceVerbatimModel {
  @Field(() => ID) responseId!: string;
  @Field() occurredAt!: Date;
  @Field(() => String, { nullable: true }) comment!: string | null;
  @Field(() => Int, { nullable: true }) nps!: number | null;
  @Field(() => Int, { nullable: true }) csat!: number | null;
  @Field(() => Int, { nullable: true }) ces!: number | null;
  @Field(() => Float, { nullable: true }) sentiment!: number | null;
}
