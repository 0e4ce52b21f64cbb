import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionModel, GraphQLJSON } from '@opencx/server-core';
import { TOUCHPOINT_FIELDS, type FieldValues } from '@opencx/domain';
import { declareModelFields } from '../declared-fields';

@ObjectType('Persona')
export class PersonaModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() description!: string;
  @Field(() => [String]) goals!: string[];
  @Field(() => [String]) needs!: string[];
  @Field(() => [String]) frustrations!: string[];
  @Field(() => String, { nullable: true }) segmentKey!: string | null;
  @Field(() => String, { nullable: true }) sourcePluginId!: string | null;
  @Field(() => Int) version!: number;
}

@ObjectType('PainPoint')
export class PainPointModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) touchpointId!: string;
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => Int, { description: '1 (minor) … 5 (critical)' }) severity!: number;
  @Field({ description: 'manual | feedback | research' }) source!: string;
  @Field(() => Int) evidenceCount!: number;
  @Field(() => Int) version!: number;
  /** Not in the API: created_at as PostgreSQL wrote it (microseconds), kept for revision snapshots. */
  createdAtExact?: string;
}

@ObjectType('Opportunity')
export class OpportunityModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) touchpointId!: string;
  @Field(() => ID, { nullable: true }) painPointId!: string | null;
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => Int) version!: number;
  /** Not in the API: created_at as PostgreSQL wrote it (microseconds), kept for revision snapshots. */
  createdAtExact?: string;
}

@ObjectType('TouchpointMetric', { description: 'A metric bound to a touchpoint, with its effective target' })
export class TouchpointMetricModel {
  @Field(() => ID) definitionId!: string;
  @Field() key!: string;
  @Field() kind!: string;
  @Field() nameEn!: string;
  @Field() nameZh!: string;
  @Field(() => String, { nullable: true }) unit!: string | null;
  @Field() direction!: string;
  @Field(() => Float, { nullable: true }) target!: number | null;
  @Field(() => Float, { nullable: true }) warningThreshold!: number | null;
  @Field(() => Float, { nullable: true, description: "This touchpoint's own target; null when the definition's target applies" }) targetOverride!: number | null;
  /** Not in the API: order among the touchpoint's metrics (kept by snapshots). */
  position?: number;
}

// The declared fields (journey-fields.ts) are GraphQL fields by their declaration; the merged interface types them.
/* eslint-disable @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type, @typescript-eslint/no-empty-interface */
@ObjectType('Touchpoint')
export class TouchpointModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) journeyId!: string;
  @Field(() => ID) stageId!: string;
  @Field(() => Int) position!: number;
  @Field(() => Int) version!: number;
  @Field(() => [PainPointModel]) painPoints!: PainPointModel[];
  @Field(() => [OpportunityModel]) opportunities!: OpportunityModel[];
  @Field(() => [TouchpointMetricModel]) metrics!: TouchpointMetricModel[];
}
export interface TouchpointModel extends FieldValues<typeof TOUCHPOINT_FIELDS> {}
/* eslint-enable @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type, @typescript-eslint/no-empty-interface */
declareModelFields(TouchpointModel, TOUCHPOINT_FIELDS);

@ObjectType('Stage')
export class StageModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) journeyId!: string;
  @Field(() => Int) position!: number;
  @Field() name!: string;
  @Field() description!: string;
  @Field(() => Int) version!: number;
  @Field(() => [TouchpointModel]) touchpoints!: TouchpointModel[];
}

@ObjectType('Journey')
export class JourneyModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() description!: string;
  @Field({ description: 'current | future' }) state!: string;
  @Field({ description: 'linear | cyclical | non_linear' }) shape!: string;
  @Field({ description: 'draft | published | archived' }) status!: string;
  @Field(() => PersonaModel, { nullable: true }) persona!: PersonaModel | null;
  @Field(() => ID, { nullable: true }) ownerTeamId!: string | null;
  @Field(() => String, { nullable: true }) sourcePluginId!: string | null;
  @Field(() => String, { nullable: true }) templateKey!: string | null;
  @Field(() => String, { nullable: true }) templateVersion!: string | null;
  @Field(() => Int, { nullable: true }) reviewCadenceDays!: number | null;
  @Field(() => String, { nullable: true }) nextReviewAt!: string | null;
  @Field(() => Int, { description: 'Optimistic-concurrency version of the journey fields' }) version!: number;
  @Field(() => Int, { description: 'Latest revision number of the map' }) revision!: number;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  @Field(() => [StageModel], { description: 'Stages in order, each with its touchpoints in order' }) stages!: StageModel[];
}

@ObjectType('JourneySummary')
export class JourneySummaryModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() description!: string;
  @Field() state!: string;
  @Field() shape!: string;
  @Field() status!: string;
  @Field(() => ID, { nullable: true }) personaId!: string | null;
  @Field(() => String, { nullable: true }) personaName!: string | null;
  @Field(() => ID, { nullable: true }) ownerTeamId!: string | null;
  @Field(() => String, { nullable: true }) sourcePluginId!: string | null;
  @Field(() => Int) stageCount!: number;
  @Field(() => Int) touchpointCount!: number;
  @Field(() => Int) painPointCount!: number;
  @Field(() => Int) version!: number;
  @Field(() => Int) revision!: number;
  @Field() updatedAt!: Date;
}

@ObjectType('JourneyConnection', { description: 'One page of journeys, most recently changed first.' })
export class JourneyConnectionModel extends ConnectionModel(JourneySummaryModel) {}

@ObjectType('JourneyRevision')
export class JourneyRevisionModel {
  @Field(() => Int) revision!: number;
  @Field() action!: string;
  @Field() summary!: string;
  @Field(() => ID, { nullable: true }) actorUserId!: string | null;
  @Field(() => String, { nullable: true }) actorName!: string | null;
  @Field() createdAt!: Date;
}

@ObjectType('FieldChange')
export class FieldChangeModel {
  @Field() field!: string;
  @Field(() => GraphQLJSON, { nullable: true }) before!: unknown;
  @Field(() => GraphQLJSON, { nullable: true }) after!: unknown;
}

@ObjectType('StageDiffEntry')
export class StageDiffEntryModel {
  @Field() id!: string;
  @Field() name!: string;
  @Field(() => Int, { nullable: true }) position?: number;
  @Field(() => Int, { nullable: true }) from?: number;
  @Field(() => Int, { nullable: true }) to?: number;
  @Field(() => [FieldChangeModel], { nullable: true }) changes?: FieldChangeModel[];
}

@ObjectType('TouchpointDiffEntry')
export class TouchpointDiffEntryModel {
  @Field() id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) stageId?: string;
  @Field(() => String, { nullable: true }) fromStageId?: string;
  @Field(() => String, { nullable: true }) toStageId?: string;
  @Field(() => Int, { nullable: true }) fromPosition?: number;
  @Field(() => Int, { nullable: true }) toPosition?: number;
  @Field(() => [FieldChangeModel], { nullable: true }) changes?: FieldChangeModel[];
}

@ObjectType('InsightDiffEntry', { description: 'A pain point or opportunity added, removed or retitled between two revisions' })
export class InsightDiffEntryModel {
  @Field({ description: 'painPoint or opportunity' }) entity!: string;
  @Field({ description: 'added, removed or changed' }) kind!: string;
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field({ nullable: true, description: 'The title before, for a retitled one' }) before?: string;
  @Field() touchpointName!: string;
}

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
