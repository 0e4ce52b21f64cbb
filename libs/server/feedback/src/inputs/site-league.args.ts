import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { LOCAL_DATE } from './validation';

@ArgsType()
export class SiteLeagueArgs {
  @Field({ description: 'Metric key: nps, csat, ces or a rate metric (shares and NPS rank; means do not)' }) @IsString() @MaxLength(80) metric!: string;
  @Field({ description: 'First day (YYYY-MM-DD), inclusive' }) @Matches(LOCAL_DATE, { message: 'must be a date YYYY-MM-DD' }) from!: string;
  @Field({ description: 'Last day (YYYY-MM-DD), inclusive' }) @Matches(LOCAL_DATE, { message: 'must be a date YYYY-MM-DD' }) to!: string;
  @Field(() => ID, { nullable: true, description: 'Only feedback of this journey' }) @IsOptional() @IsUUID() journeyId?: string;
}
