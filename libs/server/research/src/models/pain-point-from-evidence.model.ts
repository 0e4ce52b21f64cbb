import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('PainPointFromEvidence')
export class PainPointFromEvidenceModel {
  @Field(() => ID) painPointId!: string;
  @Field(() => ID) journeyId!: string;
  @Field(() => ID) touchpointId!: string;
}
