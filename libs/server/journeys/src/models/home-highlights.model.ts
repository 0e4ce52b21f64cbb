import { Field, ObjectType } from '@nestjs/graphql';
import { MomentHighlightModel } from './moment-highlight.model';
import { PainHighlightModel } from './pain-highlight.model';

@ObjectType('HomeHighlights')
export class HomeHighlightsModel {
  @Field(() => [MomentHighlightModel], { description: 'Moments of truth across live journeys, worst felt first' })
  moments!: MomentHighlightModel[];
  @Field(() => [PainHighlightModel], { description: 'The most severe pain points across live journeys' })
  pains!: PainHighlightModel[];
}
