import { graphql } from '@opencx/console-graphql';

export const SetJourneyLanesMutation = graphql(`
  mutation SetJourneyLanes($input: SetJourneyLanesInput!) {
    setJourneyLanes(input: $input) {
      ...JourneyMapFields
    }
  }
`);

export const SetTouchpointLaneItemsMutation = graphql(`
  mutation SetTouchpointLaneItems($input: SetTouchpointLaneItemsInput!) {
    setTouchpointLaneItems(input: $input) {
      ...JourneyMapFields
    }
  }
`);
