import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ImpactWindowFigure', { description: 'A window’s figure with its 95 % interval (± 1.96 SE)' })
export class ImpactWindowFigureModel {
  @Field(() => Float) value!: number;
  @Field(() => Float) low!: number;
  @Field(() => Float) high!: number;
  @Field(() => Int) n!: number;
}
