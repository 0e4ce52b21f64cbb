import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { type ImpactFigure, type ImpactMethod, type ImpactVerdict } from '@opencx/domain';
import { ImpactWindowFigureModel } from './impact-window-figure.model';
import { ImpactComparisonModel } from './impact-comparison.model';
import { ImpactMethodEnum } from './impact-method.enum';
import { ImpactVerdictEnum } from './impact-verdict.enum';

@ObjectType('ActionImpact', { description: 'DESIGN.md §3: before/after windows on the action’s touchpoints, and difference-in-differences against control touchpoints' })
export class ActionImpactModel {
  @Field(() => ID) actionId!: string;
  @Field(() => ID) metricId!: string;
  @Field() metricKey!: string;
  @Field(() => String, { description: 'nps (points) | share (top-box %) | mean (metric unit)' }) figure!: ImpactFigure;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null until the action is done' }) beforeFrom!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null until the action is done' }) beforeTo!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null until the action is done' }) afterFrom!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null until the action is done' }) afterTo!: string | null;
  @Field(() => [ID]) treatedTouchpointIds!: string[];
  @Field(() => [ID]) controlTouchpointIds!: string[];
  @Field(() => ImpactWindowFigureModel, { nullable: true }) treatedBefore!: ImpactWindowFigureModel | null;
  @Field(() => ImpactWindowFigureModel, { nullable: true }) treatedAfter!: ImpactWindowFigureModel | null;
  @Field(() => ImpactWindowFigureModel, { nullable: true }) controlBefore!: ImpactWindowFigureModel | null;
  @Field(() => ImpactWindowFigureModel, { nullable: true }) controlAfter!: ImpactWindowFigureModel | null;
  @Field(() => ImpactComparisonModel) beforeAfter!: ImpactComparisonModel;
  @Field(() => ImpactComparisonModel, { nullable: true }) differenceInDifferences!: ImpactComparisonModel | null;
  @Field(() => ImpactMethodEnum, { description: 'The method the verdict rests on' }) method!: ImpactMethod;
  @Field(() => ImpactVerdictEnum) verdict!: ImpactVerdict;
  @Field(() => Int, { description: 'Answers behind the verdict' }) n!: number;
}
