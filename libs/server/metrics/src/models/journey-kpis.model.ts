import { Field, ID, ObjectType } from '@nestjs/graphql';
import { TouchpointKpisModel } from './touchpoint-kpis.model';

@ObjectType('JourneyKpis', { description: 'Everything the journey map shows of its measurements, in one request, from the daily roll-ups.' })
export class JourneyKpisModel {
  @Field(() => ID) journeyId!: string;
  @Field() from!: string;
  @Field() to!: string;
  @Field(() => [TouchpointKpisModel], { description: 'In map order' }) touchpoints!: TouchpointKpisModel[];
}
