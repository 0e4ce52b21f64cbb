import { graphql } from '@opencx/console-graphql';

// The journey dashboard's comments, segments, priorities and alerts: each widget one request.

export const CommentAnalyticsQuery = graphql(`
  query CommentAnalytics($journeyId: ID!, $from: String!, $to: String!, $granularity: KpiGranularity!, $segment: String, $site: ID) {
    commentAnalytics(journeyId: $journeyId, from: $from, to: $to, granularity: $granularity, segment: $segment, site: $site) {
      from
      to
      previousFrom
      previousTo
      comments
      previousComments
      topics {
        term
        nameEn
        nameZh
        count
        previousCount
        share
        previousShare
        difference
        pValue
        significant
        rising
        negative
      }
      keywords {
        term
        count
        previousCount
        share
        previousShare
        difference
        pValue
        significant
        rising
      }
      sentiment {
        start
        n
        mean
        low
        high
        lowSample
        negativeShare
        change {
          difference
          pValue
          significant
        }
      }
    }
  }
`);

export const DashboardVerbatimsQuery = graphql(`
  query DashboardVerbatims($filter: FeedbackFilterInput!, $first: Int, $after: String) {
    feedback(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        occurredAt
        touchpointName
        siteName
        nps
        csat
        ces
        comment
        sentiment
        tags
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const SegmentComparisonQuery = graphql(`
  query SegmentComparison($journeyId: ID!, $from: String!, $to: String!, $segmentA: String!, $segmentB: String!, $site: ID) {
    segmentComparison(journeyId: $journeyId, from: $from, to: $to, segmentA: $segmentA, segmentB: $segmentB, site: $site) {
      segmentA
      segmentB
      metrics {
        metricId
        key
        kind
        nameEn
        nameZh
        unit
        a {
          value
          n
          low
          high
          lowSample
          target
          status
        }
        b {
          value
          n
          low
          high
          lowSample
          target
          status
        }
        difference {
          difference
          low
          high
          pValue
          significant
          method
        }
      }
    }
  }
`);

export const DashboardAlertsQuery = graphql(`
  query DashboardAlerts($journeyId: ID!) {
    alerts(journeyId: $journeyId, status: OPEN, first: 20) {
      nodes {
        id
        touchpointName
        metricKey
        metricKind
        metricNameEn
        metricNameZh
        value
        n
        low
        high
        warningThreshold
        target
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
        acknowledgedAt
      }
    }
  }
`);

export const DashboardActionEffortsQuery = graphql(`
  query DashboardActionEfforts($journeyId: ID!) {
    improvementActions(filter: { journeyId: $journeyId, statuses: [proposed, planned, in_progress] }, first: 100) {
      nodes {
        id
        title
        touchpointIds
        effort
        status
      }
    }
  }
`);
