import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('DigestFigure', { description: 'A metric over one month (value null at n = 0)' })
export class DigestFigureModel {
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field(() => Int) n!: number;
}
