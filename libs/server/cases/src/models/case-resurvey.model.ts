import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('CaseResurvey', { description: "A resolved case's re-survey: a collection link scoped to the case (one per case)" })
export class CaseResurveyModel {
  @Field(() => ID) caseId!: string;
  @Field(() => ID) linkId!: string;
  @Field({ description: '`<workspaceId>.<secret>`: the survey is at /f/<token> on the console' }) token!: string;
}
