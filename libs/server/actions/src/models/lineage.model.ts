import { Field, ObjectType } from '@nestjs/graphql';
import { ActionImpactModel } from './action-impact.model';
import { ImprovementActionModel } from './improvement-action.model';
import { EvidenceVerbatimModel } from './evidence-verbatim.model';
import { LineageCaseModel } from './lineage-case.model';
import { LineagePainPointModel } from './lineage-pain-point.model';

@ObjectType('Lineage', { description: 'Why an action exists and what it achieved: responses → cases → root causes → pain point → actions → measured change' })
export class LineageModel {
  @Field(() => [EvidenceVerbatimModel]) responses!: EvidenceVerbatimModel[];
  @Field(() => [LineageCaseModel]) cases!: LineageCaseModel[];
  @Field(() => [String]) rootCauses!: string[];
  @Field(() => LineagePainPointModel, { nullable: true }) painPoint!: LineagePainPointModel | null;
  @Field(() => [ImprovementActionModel]) actions!: ImprovementActionModel[];
  @Field(() => [ActionImpactModel]) impacts!: ActionImpactModel[];
}
