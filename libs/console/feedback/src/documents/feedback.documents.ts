import { graphql } from '@opencx/console-graphql';

export const FeedbackInboxQuery = graphql(`
  query FeedbackInbox($filter: FeedbackFilterInput, $first: Int, $after: String) {
    feedback(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        occurredAt
        touchpointId
        touchpointName
        stageName
        journeyId
        journeyName
        siteName
        nps
        csat
        ces
        comment
        sentiment
        tags
        source
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const FeedbackPlacesQuery = graphql(`
  query FeedbackPlaces {
    journeys(first: 200) {
      nodes {
        id
        name
      }
    }
    sites {
      id
      code
      name
    }
  }
`);

export const FeedbackJourneyTouchpointsQuery = graphql(`
  query FeedbackJourneyTouchpoints($id: ID!) {
    journey(id: $id) {
      id
      stages {
        id
        name
        touchpoints {
          id
          name
        }
      }
    }
  }
`);

export const OpenPainPointFromFeedbackMutation = graphql(`
  mutation OpenPainPointFromFeedback($input: OpenPainPointFromFeedbackInput!) {
    openPainPointFromFeedback(input: $input) {
      id
    }
  }
`);

export const CollectionLinksQuery = graphql(`
  query CollectionLinks($first: Int, $after: String) {
    collectionLinks(first: $first, after: $after) {
      nodes {
        id
        touchpointId
        touchpointName
        journeyName
        siteName
        label
        token
        active
        createdAt
        revokedAt
        responseCount
        lastResponseAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CreateCollectionLinkMutation = graphql(`
  mutation CreateCollectionLink($input: CreateCollectionLinkInput!) {
    createCollectionLink(input: $input) {
      id
      token
    }
  }
`);

export const RevokeCollectionLinkMutation = graphql(`
  mutation RevokeCollectionLink($id: ID!) {
    revokeCollectionLink(id: $id) {
      id
      active
    }
  }
`);

export const ImportJobQuery = graphql(`
  query ImportJob($id: ID!) {
    importJob(id: $id) {
      id
      status
      detectedEncoding
      fileName
      progress
      total
      accepted
      duplicate
      rejected
      failure
      errors {
        line
        field
        reason
      }
    }
  }
`);

export const KpiAlertsQuery = graphql(`
  query KpiAlerts($status: KpiAlertStatus, $journeyId: ID, $first: Int, $after: String) {
    alerts(status: $status, journeyId: $journeyId, first: $first, after: $after) {
      nodes {
        id
        status
        journeyId
        journeyName
        touchpointId
        touchpointName
        metricKey
        metricNameEn
        metricNameZh
        value
        n
        low
        high
        warningThreshold
        comparisonValue
        comparisonN
        difference
        pValue
        method
        windowFrom
        windowTo
        comparisonFrom
        comparisonTo
        openedAt
        latestValue
        latestN
        acknowledgedAt
        resolvedAt
        resolvedValue
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const AcknowledgeAlertMutation = graphql(`
  mutation AcknowledgeAlert($id: ID!) {
    acknowledgeAlert(id: $id) {
      id
      acknowledgedAt
    }
  }
`);

export const CheckKpiAlertsMutation = graphql(`
  mutation CheckKpiAlerts {
    checkKpiAlerts {
      opened
      resolved
      open
    }
  }
`);
