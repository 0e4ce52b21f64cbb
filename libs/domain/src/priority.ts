/**
 * What to fix first (DESIGN.md §3b): priority = importance × gap × reach ÷ effort.
 * importance: the touchpoint's key-driver weight (share of R², 0…1); gap: how far the touchpoint's
 * figure is short of its target, as a share of the metric's scale width (0 when on target, whichever
 * way the metric points); reach: the touchpoint's share of the journey's respondents (0…1);
 * effort: 1–5 as the team enters it.
 */
export interface PriorityInput {
  importance: number;
  current: number | null;
  target: number | null;
  /** Width of the figure's scale, e.g. 100 for a share in %, 200 for NPS. */
  scaleWidth: number;
  direction: 'higher_is_better' | 'lower_is_better';
  reach: number;
  effort: number;
}

export function priorityGap(current: number | null, target: number | null, scaleWidth: number, direction: 'higher_is_better' | 'lower_is_better'): number {
  if (current === null || target === null) return 0;
  if (!(scaleWidth > 0)) throw new RangeError('scale width must be positive');
  const short = direction === 'higher_is_better' ? target - current : current - target;
  return Math.max(0, short) / scaleWidth;
}

export function priority({ importance, current, target, scaleWidth, direction, reach, effort }: PriorityInput): number {
  if (!Number.isInteger(effort) || effort < 1 || effort > 5) throw new RangeError(`effort must be an integer 1–5, got ${effort}`);
  if (importance < 0 || reach < 0 || reach > 1) throw new RangeError('importance must be ≥ 0 and reach within 0…1');
  return (importance * priorityGap(current, target, scaleWidth, direction) * reach) / effort;
}
