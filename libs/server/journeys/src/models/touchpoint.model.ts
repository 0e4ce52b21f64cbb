import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { TOUCHPOINT_FIELDS, type FieldValues, type LaneValues, type PersonaEmotions } from '@opencx/domain';
import { declareModelFields } from '../declared-fields';
import { PainPointModel } from './pain-point.model';
import { OpportunityModel } from './opportunity.model';
import { TouchpointMetricModel } from './touchpoint-metric.model';
import { LaneEntryModel } from './lane-entry.model';
import { PersonaEmotionModel } from './persona-emotion.model';

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
  @Field(() => [LaneEntryModel], { description: "Entries in the journey's custom lanes (lanes with none are left out)" }) laneEntries!: LaneEntryModel[];
  /** The same entries by lane key (documents and snapshots). */
  laneValues!: LaneValues;
  @Field(() => [PersonaEmotionModel], { name: 'personaEmotions', description: "The journey's further personas' emotions here, in the journey's persona order (personas without one are left out)" }) personaEmotionList!: PersonaEmotionModel[];
  /** The same by persona id (documents and snapshots). */
  personaEmotions!: PersonaEmotions;
}
export interface TouchpointModel extends FieldValues<typeof TOUCHPOINT_FIELDS> {}
/* eslint-enable @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type, @typescript-eslint/no-empty-interface */
declareModelFields(TouchpointModel, TOUCHPOINT_FIELDS);
