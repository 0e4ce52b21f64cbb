import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ACTION_PRIORITIES, ACTION_STATUSES, IMPACT_METHODS, IMPACT_VERDICTS, type ActionPriority, type ActionStatus, type ImpactFigure, type ImpactMethod, type ImpactVerdict } from '@opencx/domain';
import { ConnectionModel } from '@opencx/server-core';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
export const ActionStatusEnum = enumOf(ACTION_STATUSES);
export const ActionPriorityEnum = enumOf(ACTION_PRIORITIES);
export const ImpactVerdictEnum = enumOf(IMPACT_VERDICTS);
export const ImpactMethodEnum = enumOf(IMPACT_METHODS);
registerEnumType(ActionStatusEnum, { name: 'ActionStatus', description: 'proposed → planned → in_progress → done → verified, or dropped' });
registerEnumType(ActionPriorityEnum, { name: 'ActionPriority' });
registerEnumType(ImpactVerdictEnum, { name: 'ImpactVerdict' });
registerEnumType(ImpactMethodEnum, { name: 'ImpactMethod', description: 'before_after, or difference_in_differences against control touchpoints' });

@ObjectType('ImprovementAction')
export class ImprovementActionModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field({ description: 'Plain text; render as text, never as HTML' }) description!: string;
  @Field(() => ID) journeyId!: string;
  @Field(() => [ID], { description: 'The touchpoints the action changes; its impact is measured there' }) touchpointIds!: string[];
  @Field(() => ID, { nullable: true }) painPointId!: string | null;
  @Field(() => ID, { nullable: true }) opportunityId!: string | null;
  @Field(() => ID, { nullable: true }) ownerUserId!: string | null;
  @Field(() => ID, { nullable: true }) teamId!: string | null;
  @Field(() => ActionPriorityEnum) priority!: ActionPriority;
  @Field(() => Int, { description: '1 (a day) … 5 (a programme)' }) effort!: number;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) dueDate!: string | null;
  @Field(() => ActionStatusEnum) status!: ActionStatus;
  @Field(() => [ActionStatusEnum], { description: 'Where the action may move next (verified also needs measured impact, dropped a reason)' }) nextStatuses!: ActionStatus[];
  @Field({ description: 'Open and past its due date (in the workspace time zone)' }) overdue!: boolean;
  @Field(() => ID, { nullable: true }) targetMetricId!: string | null;
  @Field(() => Float, { nullable: true, description: 'Expected change of the target metric, in its unit (points for NPS and shares)' }) expectedChange!: number | null;
  @Field(() => [ID], { nullable: true, description: 'Chosen control touchpoints; null = the journey’s other touchpoints bound to the target metric' }) controlTouchpointIds!: string[] | null;
  @Field(() => Int) windowDays!: number;
  @Field(() => String, { nullable: true }) dropReason!: string | null;
  @Field(() => ImpactVerdictEnum, { nullable: true, description: 'Verdict of the last impact measurement' }) impactVerdict!: ImpactVerdict | null;
  @Field(() => Date, { nullable: true }) impactMeasuredAt!: Date | null;
  @Field(() => Date, { nullable: true }) plannedAt!: Date | null;
  @Field(() => Date, { nullable: true }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true }) completedAt!: Date | null;
  @Field(() => Date, { nullable: true }) verifiedAt!: Date | null;
  @Field(() => Date, { nullable: true }) droppedAt!: Date | null;
  @Field(() => Int) version!: number;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

@ObjectType('ImprovementActionConnection')
export class ImprovementActionConnectionModel extends ConnectionModel(ImprovementActionModel) {}

@ObjectType('ActionComment')
export class ActionCommentModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) actionId!: string;
  @Field(() => ID, { nullable: true }) authorId!: string | null;
  @Field({ description: 'Plain text; render as text, never as HTML' }) body!: string;
  @Field() createdAt!: Date;
}

@ObjectType('ImpactWindowFigure', { description: 'A window’s figure with its 95 % interval (± 1.96 SE)' })
export class ImpactWindowFigureModel {
  @Field(() => Float) value!: number;
  @Field(() => Float) low!: number;
  @Field(() => Float) high!: number;
  @Field(() => Int) n!: number;
}

@ObjectType('ImpactComparison')
export class ImpactComparisonModel {
  @Field(() => ImpactMethodEnum) method!: ImpactMethod;
  @Field(() => Float, { nullable: true, description: 'null when there is not enough data' }) difference!: number | null;
  @Field(() => Float, { nullable: true }) low!: number | null;
  @Field(() => Float, { nullable: true }) high!: number | null;
  @Field(() => Float, { nullable: true }) pValue!: number | null;
  @Field(() => ImpactVerdictEnum) verdict!: ImpactVerdict;
  @Field(() => Int) n!: number;
}

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
