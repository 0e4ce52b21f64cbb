import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ReviewActionModel } from './review-action.model';
import { ReviewKpiModel } from './review-kpi.model';

@ObjectType('JourneyReview', { description: 'A held journey review: the KPI snapshot and actions as they stood, and the decisions taken' })
export class JourneyReviewModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) journeyId!: string;
  @Field({ description: 'YYYY-MM-DD, workspace time zone' }) periodFrom!: string;
  @Field({ description: 'YYYY-MM-DD, inclusive' }) periodTo!: string;
  @Field(() => [ReviewKpiModel]) kpis!: ReviewKpiModel[];
  @Field(() => [ReviewActionModel]) actions!: ReviewActionModel[];
  @Field(() => [String]) decisions!: string[];
  @Field({ description: 'Plain text' }) notes!: string;
  @Field(() => ID, { nullable: true }) createdBy!: string | null;
  @Field() createdAt!: Date;
}
