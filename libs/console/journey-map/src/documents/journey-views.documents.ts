import { graphql } from '@opencx/console-graphql';

export const JourneyViewsQuery = graphql(`
  query JourneyViews($journeyId: ID!) {
    journeyViews(journeyId: $journeyId) {
      id
      name
      settings
      shared
      mine
      ownerName
    }
  }
`);

export const SaveJourneyViewMutation = graphql(`
  mutation SaveJourneyView($input: SaveJourneyViewInput!) {
    saveJourneyView(input: $input) {
      id
      name
      settings
      shared
      mine
      ownerName
    }
  }
`);

export const DeleteJourneyViewMutation = graphql(`
  mutation DeleteJourneyView($id: ID!) {
    deleteJourneyView(id: $id)
  }
`);
