import { Field, Int, ObjectType } from '@nestjs/graphql';
import { FieldChangeModel } from './field-change.model';
import { InsightDiffEntryModel } from './insight-diff-entry.model';
import { StageDiffEntryModel } from './stage-diff-entry.model';
import { TouchpointDiffEntryModel } from './touchpoint-diff-entry.model';

@ObjectType('JourneyDiff')
export class JourneyDiffModel {
  @Field(() => Int) fromRevision!: number;
  @Field(() => Int) toRevision!: number;
  @Field(() => [FieldChangeModel]) journeyFields!: FieldChangeModel[];
  @Field(() => [StageDiffEntryModel]) stagesAdded!: StageDiffEntryModel[];
  @Field(() => [StageDiffEntryModel]) stagesRemoved!: StageDiffEntryModel[];
  @Field(() => [StageDiffEntryModel]) stagesMoved!: StageDiffEntryModel[];
  @Field(() => [StageDiffEntryModel]) stagesChanged!: StageDiffEntryModel[];
  @Field(() => [TouchpointDiffEntryModel]) touchpointsAdded!: TouchpointDiffEntryModel[];
  @Field(() => [TouchpointDiffEntryModel]) touchpointsRemoved!: TouchpointDiffEntryModel[];
  @Field(() => [TouchpointDiffEntryModel]) touchpointsMoved!: TouchpointDiffEntryModel[];
  @Field(() => [TouchpointDiffEntryModel]) touchpointsChanged!: TouchpointDiffEntryModel[];
  @Field(() => Int) painPointsAdded!: number;
  @Field(() => Int) painPointsRemoved!: number;
  @Field(() => Int) opportunitiesAdded!: number;
  @Field(() => Int) opportunitiesRemoved!: number;
  @Field(() => [InsightDiffEntryModel]) insights!: InsightDiffEntryModel[];
}
