import { Field, Float, ObjectType } from '@nestjs/graphql';

@ObjectType('DigestChange', { description: 'This month minus the month before, with its 95 % interval and two-sided test' })
export class DigestChangeModel {
  @Field(() => Float) difference!: number;
  @Field(() => Float) low!: number;
  @Field(() => Float) high!: number;
  @Field(() => Float) pValue!: number;
  @Field() significant!: boolean;
  @Field({ description: 'two_proportion_z | nps_z | welch_t' }) method!: string;
}
