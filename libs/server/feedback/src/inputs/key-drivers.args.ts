import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID, Matches } from 'class-validator';
import { LOCAL_DATE } from './validation';

@ArgsType()
export class KeyDriversArgs {
  @Field(() => ID) @IsUUID() journeyId!: string;
  @Field({ description: 'First day (YYYY-MM-DD, workspace time zone), inclusive' }) @Matches(LOCAL_DATE, { message: 'must be a date YYYY-MM-DD' }) from!: string;
  @Field({ description: 'Last day (YYYY-MM-DD, workspace time zone), inclusive' }) @Matches(LOCAL_DATE, { message: 'must be a date YYYY-MM-DD' }) to!: string;
}
