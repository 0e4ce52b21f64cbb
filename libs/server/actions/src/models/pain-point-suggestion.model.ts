import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { type PainPointSuggestionKind } from '@opencx/domain';
import { PainPointSuggestionKindEnum } from './pain-point-suggestion-kind.enum';
import { EvidenceVerbatimModel } from './evidence-verbatim.model';

@ObjectType('PainPointSuggestion')
export class PainPointSuggestionModel {
  @Field({ description: 'Identity of the evidence; accept or dismiss by it' }) key!: string;
  @Field(() => PainPointSuggestionKindEnum) kind!: PainPointSuggestionKind;
  @Field(() => ID) journeyId!: string;
  @Field(() => ID) touchpointId!: string;
  @Field({ description: 'Suggested title (English); the console words its own' }) title!: string;
  @Field({ description: 'The metric key, "emotion", or the topic' }) subject!: string;
  @Field(() => Float, { description: 'The figure: metric value, measured emotion, or negative share in %' }) value!: number;
  @Field(() => Float) low!: number;
  @Field(() => Float) high!: number;
  @Field(() => Int) n!: number;
  @Field(() => Float, { nullable: true, description: 'Target (off target) or designed emotion (emotion gap)' }) reference!: number | null;
  @Field(() => Int, { description: 'Suggested severity 1–5' }) severity!: number;
  @Field(() => [EvidenceVerbatimModel]) verbatims!: EvidenceVerbatimModel[];
  @Field(() => [String], { description: 'Top root causes from follow-up cases of these responses' }) rootCauses!: string[];
}
