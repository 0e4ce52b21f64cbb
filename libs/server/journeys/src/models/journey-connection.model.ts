import { ObjectType } from '@nestjs/graphql';
import { ConnectionModel } from '@opencx/server-core';
import { JourneySummaryModel } from './journey-summary.model';

@ObjectType('JourneyConnection', { description: 'One page of journeys, most recently changed first.' })
export class JourneyConnectionModel extends ConnectionModel(JourneySummaryModel) {}
