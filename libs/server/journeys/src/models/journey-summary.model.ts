import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

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
