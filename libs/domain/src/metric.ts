export const METRIC_KINDS = ['nps', 'csat', 'ces', 'numeric', 'duration', 'rate'] as const;
export type MetricKind = (typeof METRIC_KINDS)[number];

export const METRIC_DIRECTIONS = ['higher_is_better', 'lower_is_better'] as const;
export type MetricDirection = (typeof METRIC_DIRECTIONS)[number];

export interface MetricScale {
  min: number;
  max: number;
}

/** The scales OpenCX uses for survey metrics (DESIGN.md §3). */
export const SURVEY_SCALES: Record<'nps' | 'csat' | 'ces', MetricScale> = {
  nps: { min: 0, max: 10 },
  csat: { min: 1, max: 5 },
  ces: { min: 1, max: 7 },
};
