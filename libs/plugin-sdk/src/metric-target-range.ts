import type { MetricKind, MetricScale } from '@opencx/domain';

/** Rates are observed as shares of one (e.g. delivered on time: 1 or 0) and reported in percent. */
export const RATE_SCALE: MetricScale = { min: 0, max: 1 };

const PERCENT: MetricScale = { min: 0, max: 100 };

/**
 * The range of the reported figure a target is set in: NPS −100…100, CSAT/CES top-box share and
 * rates in percent, durations and numbers in the metric's own scale.
 */
export function metricTargetRange(metric: { kind: MetricKind; scale: MetricScale }): MetricScale {
  switch (metric.kind) {
    case 'nps':
      return { min: -100, max: 100 };
    case 'csat':
    case 'ces':
    case 'rate':
      return PERCENT;
    case 'duration':
    case 'numeric':
      return metric.scale;
  }
}
