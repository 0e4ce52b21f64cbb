/** Plugin ids and the keys of personas, templates, stages, touchpoints, rules, industries, segments. */
export const KEBAB_CASE_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** Metric keys double as custom-score column names in imports, hence snake_case. */
export const SNAKE_CASE_PATTERN = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;

export function isKebabCase(value: unknown): value is string {
  return typeof value === 'string' && KEBAB_CASE_PATTERN.test(value);
}

export function isSnakeCase(value: unknown): value is string {
  return typeof value === 'string' && SNAKE_CASE_PATTERN.test(value);
}
