/** One row of the rule condition builder: a metric compared with a value. */
export interface ConditionRow {
  metric: string;
  op: 'lt' | 'lte' | 'eq' | 'neq' | 'gte' | 'gt';
  value: number;
}

export type ConditionJoin = 'all' | 'any';

type Condition = ConditionRow | { any: Condition[] } | { all: Condition[] };

/** The builder's rows as the API's condition: none → null, one → the comparison, more → joined by all / any. */
export function conditionOf(rows: readonly ConditionRow[], join: ConditionJoin): Condition | null {
  const clean = rows.filter((r) => r && r.metric && r.op && typeof r.value === 'number').map((r) => ({ metric: r.metric, op: r.op, value: r.value }));
  if (!clean.length) return null;
  if (clean.length === 1) return clean[0];
  return join === 'any' ? { any: clean } : { all: clean };
}

/** A stored condition as builder rows; null when it nests deeper than the builder shows (e.g. a plugin's). */
export function rowsOf(condition: unknown): { rows: ConditionRow[]; join: ConditionJoin } | null {
  if (condition === null || condition === undefined) return { rows: [], join: 'all' };
  const c = condition as Record<string, unknown>;
  const isRow = (x: unknown): x is ConditionRow => typeof x === 'object' && x !== null && 'metric' in x && 'op' in x && 'value' in x;
  if (isRow(c)) return { rows: [c], join: 'all' };
  for (const join of ['all', 'any'] as const) {
    const list = c[join];
    if (Array.isArray(list) && list.every(isRow)) return { rows: list, join };
  }
  return null;
}
