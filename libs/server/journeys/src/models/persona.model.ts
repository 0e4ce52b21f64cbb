import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Persona')
export class PersonaModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() description!: string;
  @Field(() => [String]) goals!: string[];
  @Field(() => [String]) needs!: string[];
  @Field(() => [String]) frustrations!: string[];
  @Field(() => String, { nullable: true }) segmentKey!: string | null;
  @Field(() => String, { nullable: true }) sourcePluginId!: string | null;
  @Field(() => Int) version!: number;
}
