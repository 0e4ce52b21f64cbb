import type { JourneyMap } from './types';

/** One touchpoint in the side-by-side view: its emotion in the current and in the future state (null: absent there). */
export interface StateRow {
  key: string;
  name: string;
  a: number | null;
  b: number | null;
  /** future − current, when the touchpoint is in both. */
  change: number | null;
}

/**
 * The current-state and future-state maps' touchpoints on one axis, matched by stage name and
 * touchpoint name (a future state is a copy, so ids differ): the current map's order first, then
 * touchpoints only the future state has, in its order.
 */
export function alignStates(current: Pick<JourneyMap, 'stages'>, future: Pick<JourneyMap, 'stages'>): StateRow[] {
  const keyed = (map: Pick<JourneyMap, 'stages'>) => map.stages.flatMap((s) => s.touchpoints.map((t) => ({ key: `${s.name}\u0000${t.name}`, name: `${s.name} · ${t.name}`, emotion: t.emotion })));
  const [a, b] = [keyed(current), keyed(future)];
  const inFuture = new Map(b.map((t) => [t.key, t.emotion]));
  const inCurrent = new Set(a.map((t) => t.key));
  const rows: StateRow[] = a.map((t) => {
    const f = inFuture.get(t.key);
    return { key: t.key, name: t.name, a: t.emotion, b: f ?? null, change: f === undefined ? null : f - t.emotion };
  });
  for (const t of b) if (!inCurrent.has(t.key)) rows.push({ key: t.key, name: t.name, a: null, b: t.emotion, change: null });
  return rows;
}
