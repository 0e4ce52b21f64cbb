import { graphql } from '@opencx/console-graphql';

// The side-by-side view of a current-state map and its future state: the improvement actions of the current one.
export const StatePairActionsQuery = graphql(`
  query StatePairActions($journeyId: ID!) {
    improvementActions(filter: { journeyId: $journeyId }, first: 100) {
      nodes {
        id
        title
        status
        priority
        touchpointIds
      }
    }
  }
`);
