import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PAIN_POINT_SUGGESTION_KINDS, type PainPointSuggestionKind } from '@opencx/domain';
import { ActionImpactModel, ImprovementActionModel } from './improvement-action.models';

export const PainPointSuggestionKindEnum = Object.fromEntries(PAIN_POINT_SUGGESTION_KINDS.map((k) => [k, k])) as { [K in PainPointSuggestionKind]: K };
registerEnumType(PainPointSuggestionKindEnum, { name: 'PainPointSuggestionKind' });

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

@ObjectType('LineageCase')
export class LineageCaseModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) responseId!: string;
  @Field() status!: string;
  @Field(() => String, { nullable: true }) rootCause!: string | null;
}

@ObjectType('LineagePainPoint')
export class LineagePainPointModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) journeyId!: string;
  @Field(() => ID) touchpointId!: string;
  @Field() title!: string;
  @Field(() => Int, { nullable: true }) severity!: number | null;
  @Field(() => String, { nullable: true }) source!: string | null;
  @Field(() => Int, { nullable: true }) evidenceCount!: number | null;
}

@ObjectType('Lineage', { description: 'Why an action exists and what it achieved: responses → cases → root causes → pain point → actions → measured change' })
export class LineageModel {
  @Field(() => [EvidenceVerbatimModel]) responses!: EvidenceVerbatimModel[];
  @Field(() => [LineageCaseModel]) cases!: LineageCaseModel[];
  @Field(() => [String]) rootCauses!: string[];
  @Field(() => LineagePainPointModel, { nullable: true }) painPoint!: LineagePainPointModel | null;
  @Field(() => [ImprovementActionModel]) actions!: ImprovementActionModel[];
  @Field(() => [ActionImpactModel]) impacts!: ActionImpactModel[];
}
