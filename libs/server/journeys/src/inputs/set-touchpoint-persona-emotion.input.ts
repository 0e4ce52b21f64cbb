import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { UUID } from './validation';

@InputType('SetTouchpointPersonaEmotionInput')
export class SetTouchpointPersonaEmotionInput {
  @Field(() => ID) @IsUUID('all', UUID) touchpointId!: string;
  @Field(() => ID, { description: "One of the journey's further personas" }) @IsUUID('all', UUID) personaId!: string;
  @Field(() => Int, { nullable: true, description: "−3 … +3; null clears it (the persona then feels the touchpoint's own emotion)" })
  @IsOptional()
  @IsInt({ message: 'must be an integer from -3 to 3' })
  @Min(-3, { message: 'must be an integer from -3 to 3' })
  @Max(3, { message: 'must be an integer from -3 to 3' })
  emotion?: number | null;
}
