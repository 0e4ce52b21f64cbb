import { Field, Float, ObjectType } from '@nestjs/graphql';
import { SiteLeagueRowModel } from './site-league-row.model';

@ObjectType('SiteLeague', { description: 'Sites ranked by an empirical-Bayes shrunk figure, so a handful of answers never outranks hundreds.' })
export class SiteLeagueModel {
  @Field() metric!: string;
  @Field() kind!: string;
  @Field() nameEn!: string;
  @Field() nameZh!: string;
  @Field() from!: string;
  @Field() to!: string;
  @Field(() => Float, { nullable: true }) target!: number | null;
  @Field(() => [SiteLeagueRowModel]) sites!: SiteLeagueRowModel[];
}
