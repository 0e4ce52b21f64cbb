import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('LaneEntry', { description: "A touchpoint's entries in one custom lane" })
export class LaneEntryModel {
  @Field() laneKey!: string;
  @Field(() => [String]) items!: string[];
}
