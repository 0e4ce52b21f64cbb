/** Survey metrics built into the core; any journey (and any plugin) can bind them by key. */
export const CORE_METRIC_KEYS = ['nps', 'csat', 'ces'] as const;
export type CoreMetricKey = (typeof CORE_METRIC_KEYS)[number];

export function isCoreMetricKey(value: unknown): value is CoreMetricKey {
  return typeof value === 'string' && (CORE_METRIC_KEYS as readonly string[]).includes(value);
}

/** Units a `duration` metric is measured in; SLA comparisons convert through DURATION_UNIT_MINUTES. */
export const DURATION_UNITS = ['seconds', 'minutes', 'hours', 'days'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

export const DURATION_UNIT_MINUTES: Record<DurationUnit, number> = {
  seconds: 1 / 60,
  minutes: 1,
  hours: 60,
  days: 1440,
};
