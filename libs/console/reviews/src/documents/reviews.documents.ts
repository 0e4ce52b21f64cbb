import { graphql } from '@opencx/console-graphql';

export const JourneyReviewsQuery = graphql(`
  query JourneyReviews {
    journeyReviews {
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
