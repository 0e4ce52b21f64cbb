import { ArgsType, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { KpiFigureModel } from '@opencx/server-metrics';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

@ArgsType()
export class KeyDriversArgs {
  @Field(() => ID) @IsUUID() journeyId!: string;
  @Field({ description: 'First day (YYYY-MM-DD, workspace time zone), inclusive' }) @Matches(LOCAL_DATE, { message: 'must be a date YYYY-MM-DD' }) from!: string;
  @Field({ description: 'Last day (YYYY-MM-DD, workspace time zone), inclusive' }) @Matches(LOCAL_DATE, { message: 'must be a date YYYY-MM-DD' }) to!: string;
}

@ArgsType()
export class SiteLeagueArgs {
  @Field({ description: 'Metric key: nps, csat, ces or a rate metric (shares and NPS rank; means do not)' }) @IsString() @MaxLength(80) metric!: string;
  @Field({ description: 'First day (YYYY-MM-DD), inclusive' }) @Matches(LOCAL_DATE, { message: 'must be a date YYYY-MM-DD' }) from!: string;
  @Field({ description: 'Last day (YYYY-MM-DD), inclusive' }) @Matches(LOCAL_DATE, { message: 'must be a date YYYY-MM-DD' }) to!: string;
  @Field(() => ID, { nullable: true, description: 'Only feedback of this journey' }) @IsOptional() @IsUUID() journeyId?: string;
}

@ObjectType('KeyDriver', { description: "A touchpoint's importance for the journey's outcome and how it performs." })
export class KeyDriverModel {
  @Field(() => ID) touchpointId!: string;
  @Field() touchpointName!: string;
  @Field() stageName!: string;
  @Field(() => Int, { description: 'Respondents with both an outcome and a score here in the window' }) n!: number;
  @Field(() => Float, { nullable: true, description: "Johnson's relative weight (its part of R²); null when the analysis has too few complete cases" }) weight!: number | null;
  @Field(() => Float, { nullable: true, description: 'Weight ÷ R² (0…1)' }) share!: number | null;
  @Field(() => Float, { nullable: true, description: 'Pearson r with the outcome over the complete cases' }) correlation!: number | null;
  @Field(() => KpiFigureModel, { description: 'CSAT (top-2-box %) at this touchpoint over the window from the roll-ups, against its target' }) performance!: KpiFigureModel;
  @Field({ description: 'Important (share above the average driver) and below target' }) fixFirst!: boolean;
}

@ObjectType('KeyDriverReport')
export class KeyDriverReportModel {
  @Field(() => ID) journeyId!: string;
  @Field() from!: string;
  @Field() to!: string;
  @Field({ description: 'What the drivers explain: the customer’s mean NPS over the journey in the window' }) outcome!: string;
  @Field(() => Int, { description: 'Complete cases: customers with the outcome and a CSAT at every driver touchpoint' }) n!: number;
  @Field(() => Int, { description: 'Customers with an outcome (linked by hashed customer reference)' }) respondents!: number;
  @Field(() => Int) minN!: number;
  @Field({ description: 'n ≥ minN: the weights are given' }) enoughData!: boolean;
  @Field(() => Float, { nullable: true }) rSquared!: number | null;
  @Field(() => [KeyDriverModel]) drivers!: KeyDriverModel[];
}

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
