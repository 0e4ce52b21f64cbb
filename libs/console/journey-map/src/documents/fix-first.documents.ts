import { graphql } from '@opencx/console-graphql';

// The key drivers' "fix first" verdict per touchpoint, for the badge on the map's cards.
export const FixFirstTouchpointsQuery = graphql(`
  query FixFirstTouchpoints($journeyId: ID!, $from: String!, $to: String!) {
    keyDrivers(journeyId: $journeyId, from: $from, to: $to) {
      enoughData
      rSquared
      n
      drivers {
        touchpointId
        share
        fixFirst
        performance {
          value
          target
        }
      }
    }
  }
`);
