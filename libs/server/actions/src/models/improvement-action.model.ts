import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { type ActionPriority, type ActionStatus, type ImpactVerdict } from '@opencx/domain';
import { ActionPriorityEnum } from './action-priority.enum';
import { ActionStatusEnum } from './action-status.enum';
import { ImpactVerdictEnum } from './impact-verdict.enum';

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
  @Field(() => Int, { description: 'Comments in the action’s thread (actionComments)' }) commentCount!: number;
  @Field(() => Int) version!: number;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}
