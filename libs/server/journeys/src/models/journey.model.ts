import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CustomLaneModel } from './custom-lane.model';
import { PersonaModel } from './persona.model';
import { StageModel } from './stage.model';

@ObjectType('Journey')
export class JourneyModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() description!: string;
  @Field({ description: 'current | future' }) state!: string;
  @Field({ description: 'linear | cyclical | non_linear' }) shape!: string;
  @Field({ description: 'draft | published | archived' }) status!: string;
  @Field(() => PersonaModel, { nullable: true }) persona!: PersonaModel | null;
  @Field(() => [PersonaModel], { description: 'Further personas the map can be viewed by (the "by persona" map), in switcher order; the primary persona is `persona`' }) personas!: PersonaModel[];
  @Field(() => ID, { nullable: true }) ownerTeamId!: string | null;
  @Field(() => ID, { nullable: true, description: 'For a future-state map: the current-state map it was made from' }) currentStateJourneyId!: string | null;
  @Field(() => [ID], { description: 'For a current-state map: the future-state maps made from it (not archived), oldest first' }) futureStateJourneyIds!: string[];
  @Field(() => String, { nullable: true }) sourcePluginId!: string | null;
  @Field(() => String, { nullable: true }) templateKey!: string | null;
  @Field(() => String, { nullable: true }) templateVersion!: string | null;
  @Field(() => Int, { nullable: true }) reviewCadenceDays!: number | null;
  @Field(() => String, { nullable: true }) nextReviewAt!: string | null;
  @Field(() => Int, { description: 'Optimistic-concurrency version of the journey fields' }) version!: number;
  @Field(() => Int, { description: 'Latest revision number of the map' }) revision!: number;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  @Field(() => [CustomLaneModel], { description: "The team's own lanes, in map order" }) customLanes!: CustomLaneModel[];
  @Field(() => [StageModel], { description: 'Stages in order, each with its touchpoints in order' }) stages!: StageModel[];
}
