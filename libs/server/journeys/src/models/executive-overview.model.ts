import { Field, ObjectType } from '@nestjs/graphql';
import { KpiGranularity } from '@opencx/server-metrics';
import { ExecutiveJourneyModel } from './executive-journey.model';

@ObjectType('ExecutiveOverview')
export class ExecutiveOverviewModel {
  @Field() from!: string;
  @Field() to!: string;
  @Field(() => KpiGranularity) granularity!: KpiGranularity;
  @Field(() => [ExecutiveJourneyModel]) journeys!: ExecutiveJourneyModel[];
}
