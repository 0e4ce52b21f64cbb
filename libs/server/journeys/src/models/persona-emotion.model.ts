import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('PersonaEmotion', { description: "One of the journey's further personas' designed emotion at a touchpoint (without one, the persona feels the touchpoint's own emotion)" })
export class PersonaEmotionModel {
  @Field(() => ID) personaId!: string;
  @Field(() => Int, { description: '−3 … +3' }) emotion!: number;
}
