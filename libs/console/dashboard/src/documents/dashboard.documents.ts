import { graphql } from '@opencx/console-graphql';

export const ExecutiveOverviewQuery = graphql(`
  query ExecutiveOverview($from: String!, $to: String!, $granularity: KpiGranularity) {
    executiveOverview(from: $from, to: $to, granularity: $granularity) {
      from
      to
      journeys {
        journeyId
        name
        metrics {
          key
          nameEn
          nameZh
          total {
            value
            n
            low
            high
            lowSample
            target
            status
          }
          buckets {
            start
            figure {
              value
              n
            }
            change {
              significant
            }
          }
          latestChange {
            difference
            pValue
            significant
          }
        }
        worstTouchpoints {
          touchpointId
          name
          metricKey
          gap
          figure {
            value
            n
            target
          }
        }
      }
    }
  }
`);

export const SiteLeagueQuery = graphql(`
  query SiteLeague($metric: String!, $from: String!, $to: String!, $journeyId: ID) {
    siteLeague(metric: $metric, from: $from, to: $to, journeyId: $journeyId) {
      metric
      target
      sites {
        siteId
        code
        name
        rank
        raw
        n
        lowSample
        shrunk
        low
        high
      }
    }
  }
`);

// The dashboard's places (loaded once) and its figures (read again on every filter change) are
// separate requests: a KPI read that is an operation's only field is answered from the API's KPI
// answer cache while the measurements are unchanged (libs/server/metrics, kpi-answer.cache.ts).
export const JourneyDashboardPlacesQuery = graphql(`
  query JourneyDashboardPlaces($id: ID!) {
    journey(id: $id) {
      id
      name
      stages {
        id
        name
        touchpoints {
          id
          name
        }
      }
    }
    sites {
      id
      code
      name
    }
    personas {
      id
      name
      segmentKey
    }
  }
`);

export const JourneyDashboardKpisQuery = graphql(`
  query JourneyDashboardKpis($id: ID!, $from: String!, $to: String!, $granularity: KpiGranularity!, $segment: String, $site: ID) {
    kpis(scope: JOURNEY, id: $id, from: $from, to: $to, granularity: $granularity, segment: $segment, site: $site) {
      metrics {
        metricId
        key
        kind
        nameEn
        nameZh
        unit
        total {
          value
          n
          low
          high
          lowSample
          target
          status
          mean
          p50
          p90
          withinTarget
        }
        buckets {
          start
          figure {
            value
            n
            low
            high
            lowSample
            target
          }
          change {
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
  }
`);

export const JourneyTouchpointKpisQuery = graphql(`
  query JourneyTouchpointKpis($journeyId: ID!, $from: String!, $to: String!) {
    journeyKpis(journeyId: $journeyId, from: $from, to: $to) {
      touchpoints {
        touchpointId
        metrics {
          key
          figure {
            value
            n
            low
            high
            lowSample
            target
            status
          }
        }
      }
    }
  }
`);

export const JourneyKeyDriversQuery = graphql(`
  query JourneyKeyDrivers($journeyId: ID!, $from: String!, $to: String!) {
    keyDrivers(journeyId: $journeyId, from: $from, to: $to) {
      n
      respondents
      minN
      enoughData
      rSquared
      drivers {
        touchpointId
        touchpointName
        stageName
        n
        weight
        share
        fixFirst
        performance {
          value
          n
          low
          high
          lowSample
          target
          status
        }
      }
    }
  }
`);
