import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('SiteLeagueRow')
export class SiteLeagueRowModel {
  @Field(() => ID) siteId!: string;
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) region!: string | null;
  @Field(() => Int, { description: 'By the shrunk figure, best first' }) rank!: number;
  @Field(() => Float, { nullable: true, description: 'Raw figure (NPS or share in %)' }) raw!: number | null;
  @Field(() => Int) n!: number;
  @Field() lowSample!: boolean;
  @Field(() => Float, { description: 'Empirical-Bayes shrunk figure' }) shrunk!: number;
  @Field(() => Float) low!: number;
  @Field(() => Float) high!: number;
}
