import { graphql } from '@opencx/console-graphql';

/** The home page's highlights across live journeys, in one small server query. */
export const HomeHighlightsQuery = graphql(`
  query HomeHighlights($limit: Int) {
    homeHighlights(limit: $limit) {
      moments {
        journeyId
        journeyName
        touchpointId
        name
        stageName
        emotion
      }
      pains {
        journeyId
        journeyName
        touchpointName
        id
        title
        severity
      }
    }
  }
`);
