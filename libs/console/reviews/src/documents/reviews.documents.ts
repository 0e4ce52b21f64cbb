import { graphql } from '@opencx/console-graphql';

export const JourneyReviewsQuery = graphql(`
  query JourneyReviews($journeyId: ID, $first: Int, $after: String) {
    journeyReviews(journeyId: $journeyId, first: $first, after: $after) {
      nodes {
        id
        journeyId
        periodFrom
        periodTo
        decisions
        createdAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    journeyReviewsDue {
      journeyId
      dueOn
    }
    journeys(first: 200) {
      nodes {
        id
        name
      }
    }
  }
`);

/** One held review: the report (its own page, linkable and printable). */
export const JourneyReviewReportQuery = graphql(`
  query JourneyReviewReport($id: ID!) {
    journeyReview(id: $id) {
      id
      journeyId
      periodFrom
      periodTo
      decisions
      notes
      createdAt
      kpis {
        key
        nameEn
        nameZh
        value
        n
        low
        high
        target
        status
        lowSample
      }
      actions {
        id
        title
        status
        dueDate
        overdue
      }
    }
  }
`);

/** A journey's name and review cadence (the cadence control and the report's title). */
export const ReviewJourneyQuery = graphql(`
  query ReviewJourney($id: ID!) {
    journey(id: $id) {
      id
      name
      version
      reviewCadenceDays
      nextReviewAt
    }
  }
`);

export const SetJourneyReviewCadenceMutation = graphql(`
  mutation SetJourneyReviewCadence($input: UpdateJourneyInput!) {
    updateJourney(input: $input) {
      id
      version
      reviewCadenceDays
      nextReviewAt
    }
  }
`);

export const CreateJourneyReviewMutation = graphql(`
  mutation CreateJourneyReview($input: CreateJourneyReviewInput!) {
    createJourneyReview(input: $input) {
      id
    }
  }
`);

export const WorkspaceDigestsQuery = graphql(`
  query WorkspaceDigests {
    workspaceDigests {
      id
      month
      createdAt
      items {
        journeyId
        journeyName
        metricKey
        nameEn
        nameZh
        before {
          value
          n
        }
        after {
          value
          n
        }
        change {
          difference
          low
          high
          pValue
          significant
        }
        actions {
          id
          title
          status
        }
      }
    }
  }
`);

export const GenerateWorkspaceDigestMutation = graphql(`
  mutation GenerateWorkspaceDigest($month: String!) {
    generateWorkspaceDigest(month: $month) {
      id
    }
  }
`);
